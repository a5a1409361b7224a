package vn.motcua.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The official periodic report of dossiers handled (báo cáo tình hình, kết quả giải quyết thủ
 * tục hành chính): the Decree 30 head, the title with the period, one table by field and
 * procedure with totals, pages numbered from page 2.
 *
 * <p><b>A4 landscape</b>, like the register (form 07): 15 number columns at 12 mm, plus the row
 * number, leave about 62 mm for the field and procedure names at 8 pt; portrait would leave
 * none.
 */
public final class PeriodicReportForm {
    static final String TITLE = "BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    static final float TABLE = 8;
    private static final float NUMBER_MM = 12;

    private final FormFonts fonts;

    public PeriodicReportForm(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    public byte[] render(PeriodicReportData d) {
        Objects.requireNonNull(d.header(), "header");
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column("STT", 10, Align.CENTER));
        columns.add(new Table.Column(d.columns().get(0), 0, Align.LEFT));
        for (String c : d.columns().subList(1, d.columns().size())) {
            columns.add(new Table.Column(c, NUMBER_MM, Align.RIGHT));
        }
        return FormDocument.render(fonts, TITLE + " " + d.caption(), PageWriter.A4_LANDSCAPE, w -> {
            w.startPart(PageWriter.Numbering.FROM_PAGE_2);
            HeaderBlock.draw(w, d.header());
            FormText.title(w, TITLE, d.caption());
            Table table = new Table(w, columns, TABLE);
            for (PeriodicReportData.Row r : d.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(FormText.nz(r.number()));
                cells.add(FormText.nz(r.label()));
                cells.addAll(r.cells());
                table.row(cells);
            }
            table.finish();
            if (VnFormat.present(d.note())) {
                w.down(6);
                w.paragraph(TABLE + 1, Align.LEFT, Span.italic(d.note()));
            }
        });
    }
}
