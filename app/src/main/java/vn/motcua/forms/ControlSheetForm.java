package vn.motcua.forms;

import java.util.List;
import java.util.Objects;
import vn.motcua.calendar.Verdict;

/**
 * Form 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the dossier; one row per
 * hand-over with giver and receiver, the time handed over, the step's due time, the step's
 * result and the signatures of both sides.
 *
 * <p>The result has three narrow columns, Trước hạn / Đúng hạn / Quá hạn, and the step's is
 * marked with an "X": readable on a black-and-white printer and at a glance, as on the paper
 * sheets offices keep. An open step leaves all three blank. Rows are tall enough to sign in;
 * the table runs onto more pages with its header repeated, pages numbered "Trang x/y".
 */
public final class ControlSheetForm {
    static final String TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
    static final String MARK = "X";
    private static final float B = 13;
    private static final float TABLE = 10;
    /** Room for two signatures in a row's signature cells. */
    private static final float ROW_HEIGHT = 16 * PageWriter.MM;

    static final List<Table.Column> COLUMNS = List.of(
            new Table.Column("STT", 10, Align.CENTER),
            new Table.Column("Bên giao → Bên nhận", 0, Align.LEFT),
            new Table.Column("Thời gian giao, nhận", 19, Align.CENTER),
            new Table.Column("Hạn xử lý của bước", 19, Align.CENTER),
            new Table.Column("Trước hạn", 12.5f, Align.CENTER),
            new Table.Column("Đúng hạn", 12.5f, Align.CENTER),
            new Table.Column("Quá hạn", 12.5f, Align.CENTER),
            new Table.Column("Ghi chú", 21, Align.LEFT),
            new Table.Column("Người giao (ký)", 15.5f, Align.CENTER),
            new Table.Column("Người nhận (ký)", 15.5f, Align.CENTER));

    private final FormFonts fonts;

    public ControlSheetForm(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    public byte[] render(ControlSheetData d) {
        Objects.requireNonNull(d, "data");
        Objects.requireNonNull(d.header(), "header");
        return FormDocument.render(fonts, "Phiếu kiểm soát quá trình giải quyết hồ sơ " + FormText.nz(d.dossierCode()), w -> {
            w.startPart(PageWriter.Numbering.OF_TOTAL);
            HeaderBlock.draw(w, d.header());
            FormText.title(w, TITLE, null);
            String co = VnFormat.present(d.coHandlingUnits()) ? d.coHandlingUnits() : "Không";
            FormText.flow(w, FormText.spaced(3, List.of(
                    Para.field(B, "Mã hồ sơ:", d.dossierCode(), true),
                    Para.field(B, "Chủ hồ sơ:", d.ownerName(), true),
                    Para.field(B, "Nội dung yêu cầu giải quyết:", d.procedureName(), false),
                    Para.field(B, "Thời gian nhận hồ sơ:", d.receivedAt() == null ? "" : VnFormat.timeAndDay(d.receivedAt()), false),
                    Para.field(B, "Thời gian trả kết quả giải quyết hồ sơ:",
                            d.dueAt() == null ? "" : VnFormat.timeAndDay(d.dueAt()), true),
                    Para.field(B, "Cơ quan, đơn vị giải quyết hồ sơ:", d.handlingUnit(), false),
                    Para.field(B, "Cơ quan, đơn vị phối hợp giải quyết:", co, false))));
            w.down(4);
            Table table = new Table(w, COLUMNS, TABLE).minRowHeight(ROW_HEIGHT);
            int n = 1;
            for (ControlSheetRow r : d.rows() == null ? List.<ControlSheetRow>of() : d.rows()) {
                table.row(List.of(Integer.toString(n++),
                        "Giao: " + FormText.nz(r.giver()).strip() + "\nNhận: " + FormText.nz(r.receiver()).strip(),
                        r.handedAt() == null ? "" : VnFormat.dayAndClock(r.handedAt()),
                        r.stepDue() == null ? "" : VnFormat.dayAndClock(r.stepDue()),
                        mark(r.verdict(), Verdict.EARLY), mark(r.verdict(), Verdict.ON_TIME), mark(r.verdict(), Verdict.LATE),
                        FormText.nz(r.note()), "", ""));
            }
            table.finish();
        });
    }

    private static String mark(Verdict actual, Verdict column) {
        return actual == column ? MARK : "";
    }
}
