package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Formats dates, times and durations the way Vietnamese administrative documents write them. */
final class VietnameseText {

    private VietnameseText() {
    }

    /** "03/11/2023". */
    static String date(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** "09:32". */
    static String time(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /** "09:32 ngày 03/11/2023". */
    static String dateTime(LocalDateTime t) {
        return time(t.toLocalTime()) + " ngày " + date(t.toLocalDate());
    }

    /** "thứ Sáu", "Chủ nhật". */
    static String weekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return switch (w) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** "2 giờ 30 phút", "45 phút", "3 giờ". */
    static String workingDuration(Duration d) {
        long minutes = Math.abs(d.toMinutes());
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " phút";
        }
        return m == 0 ? h + " giờ" : h + " giờ " + m + " phút";
    }
}
