package vn.motcua.calendar;

import java.time.LocalDate;

/** One day of an announced overlay (một ngày trong lịch nghỉ công bố), with the line of the file it came from (for error messages). */
public record OverlayEntry(int line, LocalDate date, OverlayAction action, String reason) {
}
