package vn.motcua.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The official periodic report's table: one line per field (lĩnh vực) with its subtotal, its
 * procedures under it, and the total last. Every export prints these lines and {@link #COLUMNS}.
 */
public record PeriodicTable(Period period, Instant asOf, LocalDate judgedOn, List<Line> lines, OnTimeFigures total) {
    /** The number columns, in print order, then the on-time rate. */
    public static final List<Figure> COLUMNS = List.of(Figure.RECEIVED, Figure.CARRIED_OVER, Figure.RECEIVED_NEW, Figure.RESOLVED,
            Figure.RESOLVED_EARLY, Figure.RESOLVED_ON_TIME, Figure.RESOLVED_LATE, Figure.OPEN, Figure.OPEN_IN_TIME,
            Figure.OPEN_OVERDUE, Figure.WAITING_SUPPLEMENT, Figure.WITHDRAWN, Figure.STOPPED, Figure.REFUSED);

    /** The printed headers: the label column, {@link #COLUMNS}, the rate (legal wording, Vietnamese only). */
    public static final List<String> HEADERS = List.of("Lĩnh vực, thủ tục hành chính", "Tổng số hồ sơ tiếp nhận",
            "Từ kỳ trước chuyển qua", "Mới tiếp nhận trong kỳ", "Đã giải quyết", "Giải quyết trước hạn", "Giải quyết đúng hạn",
            "Giải quyết quá hạn", "Đang giải quyết", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn",
            "Trong đó chờ bổ sung", "Rút hồ sơ", "Dừng xử lý", "Từ chối", "Tỷ lệ đúng hạn (%)");

    /** The note under the table: what the rate divides. */
    public static final String NOTE = "Tỷ lệ đúng hạn = (giải quyết trước hạn + đúng hạn + đang giải quyết trong hạn) / "
            + "(đã giải quyết + đang giải quyết); hồ sơ rút, dừng xử lý, từ chối không tính. Hồ sơ đang giải quyết được "
            + "đánh giá tại ngày cuối kỳ; hồ sơ chờ bổ sung được tính là trong hạn.";

    /** How deep a line sits. */
    public enum Level { FIELD, PROCEDURE, TOTAL }

    /** One line: "1" for a field, "1.2" for its second procedure, empty for the total. */
    public record Line(String number, String label, Level level, OnTimeFigures figures) {
    }

    /** The rate as printed: percent with two decimals and a decimal comma ("72,73"); empty when nothing was judged. */
    public static String percent(OnTimeFigures f) {
        Double r = f.onTimeRate();
        return r == null ? "" : new java.math.BigDecimal(Double.toString(r)).movePointRight(2)
                .setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }
}
