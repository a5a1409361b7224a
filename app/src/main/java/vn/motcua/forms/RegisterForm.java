package vn.motcua.forms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Form 07, Sổ theo dõi hồ sơ: the register of dossiers received in a period, one line per
 * dossier with its six dates and a column for the citizen's signature on return.
 *
 * <p><b>Printed on A4 landscape</b>, unlike the other forms (reference §2 says A4 portrait for
 * all). The register has 14 columns; the dossier code alone needs about 35 mm at 8 pt, each
 * date column about 16 mm, and the fixed columns add up to about 208 mm before the procedure
 * and address get any room. Portrait offers 165 mm between the Decree 30 margins, so even at
 * the 7 pt floor the columns would not fit readably; landscape offers 252 mm at 8 pt.
 *
 * <p>The header row is repeated on every page, pages are numbered "Trang x/y", a line never
 * splits across pages. Lines are laid out and drawn one at a time with the document's fonts
 * loaded once, so a busy year (thousands of lines) keeps memory flat.
 */
public final class RegisterForm {
    static final String TITLE = "SỔ THEO DÕI HỒ SƠ";
    static final String EMPTY = "Không có hồ sơ trong khoảng thời gian này";
    static final float TABLE = 8;

    static final List<Table.Column> COLUMNS = List.of(
            new Table.Column("STT", 9, Align.CENTER),
            new Table.Column("Mã hồ sơ", 35, Align.LEFT),
            new Table.Column("Tên thủ tục hành chính", 0, Align.LEFT),
            new Table.Column("Số bộ hồ sơ", 9, Align.CENTER),
            new Table.Column("Tên người nộp hồ sơ", 23, Align.LEFT),
            new Table.Column("Địa chỉ, số điện thoại", 0, Align.LEFT),
            new Table.Column("Cơ quan chủ trì giải quyết", 21, Align.LEFT),
            new Table.Column("Nhận hồ sơ", 16, Align.CENTER),
            new Table.Column("Hẹn trả kết quả", 16, Align.CENTER),
            new Table.Column("Chuyển hồ sơ đến cơ quan giải quyết", 16, Align.CENTER),
            new Table.Column("Nhận kết quả từ cơ quan giải quyết", 16, Align.CENTER),
            new Table.Column("Trả kết quả cho cá nhân, tổ chức", 16, Align.CENTER),
            new Table.Column("Ký nhận", 14, Align.CENTER),
            new Table.Column("Ghi chú", 17, Align.LEFT));

    private final FormFonts fonts;

    public RegisterForm(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    public byte[] render(RegisterData d) {
        Objects.requireNonNull(d, "data");
        Objects.requireNonNull(d.header(), "header");
        Objects.requireNonNull(d.from(), "from");
        Objects.requireNonNull(d.to(), "to");
        String period = "Từ ngày " + VnFormat.day(d.from()) + " đến ngày " + VnFormat.day(d.to());
        return FormDocument.render(fonts, "Sổ theo dõi hồ sơ " + period, PageWriter.A4_LANDSCAPE, w -> {
            w.startPart(PageWriter.Numbering.OF_TOTAL);
            HeaderBlock.draw(w, d.header());
            FormText.title(w, TITLE, period);
            Table table = new Table(w, COLUMNS, TABLE);
            List<RegisterRow> rows = d.rows() == null ? List.of() : d.rows();
            if (rows.isEmpty()) {
                table.spanningRow(EMPTY, Style.ITALIC, Align.CENTER);
            }
            for (RegisterRow r : rows) {
                table.row(List.of(Integer.toString(r.no()), FormText.nz(r.dossierCode()), FormText.nz(r.procedureName()),
                        VnFormat.twoDigits(r.sets()), FormText.nz(r.applicantName()), FormText.nz(r.addressPhone()),
                        FormText.nz(r.handlingUnit()), time(r.receivedAt()), time(r.dueAt()), time(r.sentToHandlerAt()),
                        time(r.resultAt()), time(r.returnedAt()), "", FormText.nz(r.note())));
            }
            table.finish();
        });
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : VnFormat.dayAndClock(t);
    }
}
