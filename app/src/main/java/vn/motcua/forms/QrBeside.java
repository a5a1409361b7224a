package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A QR code at the right margin with paragraphs to its left (the tracking code next to the
 * dossier code, the transfer code next to the fees), kept together on one page.
 */
final class QrBeside {
    static final float GAP = 5 * PageWriter.MM;
    private static final float CAPTION_SIZE = 10.5f;

    private QrBeside() {
    }

    static void draw(PageWriter w, String qrText, float qrSize, String caption, List<Para> paras) {
        float textWidth = w.width() - qrSize - GAP;
        List<List<TextWrap.Line>> laid = new ArrayList<>();
        float textHeight = 0;
        for (Para p : paras) {
            List<TextWrap.Line> lines = TextWrap.wrap(w.fonts(), p.spans(), p.size(), textWidth);
            laid.add(lines);
            textHeight += lines.size() * PageWriter.lineHeight(p.size()) + p.spaceAfter();
        }
        float captionWidth = qrSize + GAP;
        List<TextWrap.Line> captionLines = caption == null ? List.of()
                : TextWrap.wrap(w.fonts(), List.of(Span.italic(caption)), CAPTION_SIZE, captionWidth);
        float qrBlock = qrSize + (captionLines.isEmpty() ? 0 : 3 + captionLines.size() * PageWriter.lineHeight(CAPTION_SIZE));
        w.down(3); // quiet zone above the code
        w.ensure(Math.min(Math.max(qrBlock, textHeight), w.pageHeight()));

        float top = w.y();
        float qrX = w.right() - qrSize;
        QrDrawer.draw(w, qrText, qrX, top, qrSize);
        w.drawLines(captionLines, CAPTION_SIZE, qrX - GAP / 2, captionWidth, Align.CENTER, top - qrSize - 3);
        float at = top;
        for (int i = 0; i < laid.size(); i++) {
            at -= w.drawLines(laid.get(i), paras.get(i).size(), w.left(), textWidth, Align.LEFT, at) + paras.get(i).spaceAfter();
        }
        w.moveTo(Math.min(at, top - qrBlock - 3));
    }
}
