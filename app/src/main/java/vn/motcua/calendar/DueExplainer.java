package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes "why is this the due date?" in Vietnamese: receipt, effective start, budget, the
 * holidays skipped and swapped days counted on the way, and where each year's days off come
 * from. A clerk reads it to a citizen, so each line is a whole sentence.
 */
final class DueExplainer {

    private DueExplainer() {
    }

    static List<String> explain(WorkCalendar calendar, LocalDateTime received, TimeBudget budget) {
        List<String> lines = new ArrayList<>();
        lines.add("Nhận hồ sơ lúc " + VietnameseText.dateTime(received) + " (" + VietnameseText.weekday(received.toLocalDate()) + ").");
        Optional<LocalDateTime> due = calendar.due(received, budget);
        if (due.isEmpty()) {
            lines.add("Thủ tục không quy định thời hạn giải quyết: không có hạn trả kết quả.");
            return lines;
        }
        LocalDateTime start = calendar.effectiveStart(received);
        if (!start.equals(received)) {
            DayInfo day = calendar.day(received.toLocalDate());
            String why = day.working() ? "ngoài giờ làm việc" : "vào ngày nghỉ — " + day.reason() + " —";
            lines.add("Hồ sơ nhận " + why + " nên thời hạn bắt đầu tính từ " + VietnameseText.dateTime(start)
                    + " (" + VietnameseText.weekday(start.toLocalDate()) + ").");
        }
        lines.add("Thời hạn " + budget.describe() + ": hạn trả " + VietnameseText.dateTime(due.get())
                + " (" + VietnameseText.weekday(due.get().toLocalDate()) + ").");
        lines.addAll(specialDays(calendar, start.toLocalDate(), due.get().toLocalDate()));
        for (int year = start.getYear(); year <= due.get().getYear(); year++) {
            lines.add(calendar.yearNote(year));
        }
        return lines;
    }

    /** Holidays skipped and swapped working days counted in (from, to]. */
    static List<String> specialDays(WorkCalendar calendar, LocalDate from, LocalDate to) {
        List<String> skipped = new ArrayList<>();
        List<String> worked = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            DayInfo info = calendar.day(d);
            String item = VietnameseText.date(d) + " (" + info.reason() + ")";
            switch (info.kind()) {
                case PUBLIC_HOLIDAY, COMPENSATORY_DAY_OFF, ANNOUNCED_DAY_OFF -> skipped.add(item);
                case SWAPPED_WORKING_DAY -> worked.add(item);
                default -> { }
            }
        }
        List<String> lines = new ArrayList<>();
        if (!skipped.isEmpty()) {
            lines.add("Không tính các ngày nghỉ: " + String.join(", ", skipped) + ".");
        }
        if (!worked.isEmpty()) {
            lines.add("Có tính ngày làm bù: " + String.join(", ", worked) + ".");
        }
        return lines;
    }
}
