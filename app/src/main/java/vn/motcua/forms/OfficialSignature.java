package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * The foot of an office letter (Decree 30/2020): "Nơi nhận:" and its list at the left; at the
 * right the signer's authority and title in bold upper case (e.g. "KT. CHỦ TỊCH" over "PHÓ CHỦ
 * TỊCH"), room for the signature and seal, then the signer's name in bold. Unlike
 * {@link SignatureBlock} there is no "(Ký và ghi rõ họ tên)" hint. The room is recorded as the
 * document's {@link SignatureBox} so that the chair can sign it electronically. Kept on one page.
 */
final class OfficialSignature {
    private static final float TITLE_SIZE = 13;
    private static final float RECIPIENTS_TITLE = 12;
    private static final float RECIPIENTS_SIZE = 11;
    /** Room for a hand signature and seal, or a visible digital-signature box (about 64 × 30 mm). */
    static final float ROOM_HEIGHT = 30 * PageWriter.MM;
    static final float ROOM_WIDTH = 64 * PageWriter.MM;

    private OfficialSignature() {
    }

    /**
     * @param title      the authority and title; " / " or a line break separates its lines
     * @param recipients the lines of "Nơi nhận:", each printed after "- "
     */
    static void draw(PageWriter w, String title, String name, List<String> recipients) {
        w.down(10);
        DocFonts f = w.fonts();
        float half = w.width() * 0.45f;
        float rightX = w.right() - half;
        List<TextWrap.Line> titleLines = TextWrap.wrap(f, List.of(Span.bold(titleLines(title))), TITLE_SIZE, half - 4);
        List<TextWrap.Line> nameLines = TextWrap.wrap(f, List.of(Span.bold(FormText.nz(name))), TITLE_SIZE, half - 4);
        List<Span> listSpans = new ArrayList<>();
        for (String r : recipients) {
            listSpans.add(Span.regular("- " + r.strip() + "\n"));
        }
        List<TextWrap.Line> list = TextWrap.wrap(f, listSpans, RECIPIENTS_SIZE, w.width() - half - 10);
        float right = (titleLines.size() + nameLines.size()) * PageWriter.lineHeight(TITLE_SIZE) + ROOM_HEIGHT;
        float left = PageWriter.lineHeight(RECIPIENTS_TITLE) + list.size() * PageWriter.lineHeight(RECIPIENTS_SIZE);
        w.ensure(Math.max(left, right));

        float top = w.y();
        float at = top - w.drawLines(titleLines, TITLE_SIZE, rightX, half, Align.CENTER, top);
        w.markSignatureBox(rightX + (half - ROOM_WIDTH) / 2, at - ROOM_HEIGHT, ROOM_WIDTH, ROOM_HEIGHT);
        at -= ROOM_HEIGHT;
        at -= w.drawLines(nameLines, TITLE_SIZE, rightX, half, Align.CENTER, at);

        float leftAt = top - w.drawLines(TextWrap.wrap(f, List.of(Span.bold("Nơi nhận:")), RECIPIENTS_TITLE, w.width()),
                RECIPIENTS_TITLE, w.left(), w.width() - half - 10, Align.LEFT, top);
        leftAt -= w.drawLines(list, RECIPIENTS_SIZE, w.left(), w.width() - half - 10, Align.LEFT, leftAt);
        w.moveTo(Math.min(at, leftAt));
    }

    private static String titleLines(String title) {
        return FormText.nz(title).strip().replace(" / ", "\n");
    }
}
