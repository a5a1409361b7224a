package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * One day of the work calendar (một ngày trong lịch làm việc): whether the office works, why, and the reason in Vietnamese
 * as it should be shown to a clerk or a citizen (e.g. "Tết Nguyên đán (mùng 1)").
 */
public record DayInfo(LocalDate date, DayKind kind, String reason) {

    public boolean working() {
        return kind.working();
    }
}
