package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * The document head of Decree 30/2020: at the top left the parent body (regular) and the
 * issuing body (bold), both upper case, with a short rule under them; at the top right the
 * national name in bold upper case and the motto in bold with a rule as long as the motto;
 * under the motto the place and date in italic. An office letter (form 04) also carries its
 * number and symbol ("Số: 15/TB-UBND") under the issuer, level with the date line.
 */
final class HeaderBlock {
    private static final float BODY_SIZE = 12.5f;
    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final float NATION_SIZE = 12;
    private static final float MOTTO_SIZE = 13;
    private static final float DATE_SIZE = 13;

    private HeaderBlock() {
    }

    static void draw(PageWriter w, DocumentHeader header) {
        draw(w, header, null);
    }

    /** The head with "Số: {@code number}" under the issuer when {@code number} is present. */
    static void draw(PageWriter w, DocumentHeader header, String number) {
        DocFonts f = w.fonts();
        float top = w.y();
        float leftWidth = w.width() * 0.43f;
        float rightX = w.left() + leftWidth;
        float rightWidth = w.width() - leftWidth;

        List<Span> leftSpans = new ArrayList<>();
        if (VnFormat.present(header.parentBody())) {
            leftSpans.add(Span.regular(VnFormat.upper(header.parentBody()) + "\n"));
        }
        leftSpans.add(Span.bold(VnFormat.upper(header.issuingBody())));
        List<TextWrap.Line> left = TextWrap.wrapBalanced(f, leftSpans, BODY_SIZE, leftWidth - 4);
        float leftHeight = w.drawLines(left, BODY_SIZE, w.left(), leftWidth, Align.CENTER, top);
        float leftRuleY = top - leftHeight - 2;
        float shortRule = leftWidth * 0.32f;
        w.line(w.left() + (leftWidth - shortRule) / 2, leftRuleY, w.left() + (leftWidth + shortRule) / 2, leftRuleY, 0.6f);

        List<TextWrap.Line> nation = TextWrap.wrap(f, List.of(Span.bold(NATION)), NATION_SIZE, rightWidth);
        float at = top - w.drawLines(nation, NATION_SIZE, rightX, rightWidth, Align.CENTER, top);
        String motto = f.printable(MOTTO, Style.BOLD);
        float mottoWidth = f.width(motto, Style.BOLD, MOTTO_SIZE);
        float mottoX = rightX + (rightWidth - mottoWidth) / 2;
        w.show(motto, Style.BOLD, MOTTO_SIZE, mottoX, PageWriter.baseline(at, MOTTO_SIZE));
        at -= PageWriter.lineHeight(MOTTO_SIZE) + 2;
        w.line(mottoX, at, mottoX + mottoWidth, at, 0.6f);

        float dateTop = Math.min(at, leftRuleY) - 8;
        String dateLine = VnFormat.placeAndDate(header.place(), header.date());
        List<TextWrap.Line> date = TextWrap.wrap(f, List.of(Span.italic(dateLine)), DATE_SIZE, rightWidth);
        float dateHeight = w.drawLines(date, DATE_SIZE, rightX, rightWidth, Align.CENTER, dateTop);
        if (VnFormat.present(number)) {
            List<TextWrap.Line> no = TextWrap.wrap(f, List.of(Span.regular("Số: " + number.strip())), DATE_SIZE, leftWidth - 4);
            dateHeight = Math.max(dateHeight, w.drawLines(no, DATE_SIZE, w.left(), leftWidth, Align.CENTER, dateTop));
        }
        w.moveTo(dateTop - dateHeight - 10);
    }
}
