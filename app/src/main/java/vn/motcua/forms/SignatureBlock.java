package vn.motcua.forms;

import java.util.List;

/**
 * Signature blocks at the foot of a form: a bold title ("NGƯỜI TIẾP NHẬN HỒ SƠ"), the italic
 * hint "(Ký và ghi rõ họ tên)", room to sign, then the printed name. One signer signs on the
 * right half, two side by side. The block is kept together on one page.
 */
final class SignatureBlock {
    /** One signer: the role printed as the block's title and the name under the signature. */
    record Signer(String title, String name) {
    }

    private static final float TITLE_SIZE = 12.5f;
    private static final float HINT_SIZE = 12;
    private static final float ROOM_TO_SIGN = 56;
    private static final String HINT = "(Ký và ghi rõ họ tên)";

    private SignatureBlock() {
    }

    static void draw(PageWriter w, List<Signer> signers) {
        w.down(8);
        float half = w.width() / 2;
        w.ensure(PageWriter.lineHeight(TITLE_SIZE) * 2 + PageWriter.lineHeight(HINT_SIZE) + ROOM_TO_SIGN);
        float top = w.y();
        float lowest = top;
        for (int i = 0; i < signers.size(); i++) {
            Signer s = signers.get(i);
            int column = signers.size() == 1 ? 1 : Math.min(i, 1);
            float x = w.left() + column * half;
            float at = top;
            at -= w.drawLines(TextWrap.wrap(w.fonts(), List.of(Span.bold(s.title())), TITLE_SIZE, half - 6),
                    TITLE_SIZE, x, half, Align.CENTER, at);
            at -= w.drawLines(TextWrap.wrap(w.fonts(), List.of(Span.italic(HINT)), HINT_SIZE, half - 6),
                    HINT_SIZE, x, half, Align.CENTER, at);
            at -= ROOM_TO_SIGN;
            if (VnFormat.present(s.name())) {
                at -= w.drawLines(TextWrap.wrap(w.fonts(), List.of(Span.bold(s.name())), TITLE_SIZE, half - 6),
                        TITLE_SIZE, x, half, Align.CENTER, at);
            }
            lowest = Math.min(lowest, at);
        }
        w.moveTo(lowest);
    }
}
