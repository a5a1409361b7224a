package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The days off and swapped working days the government announced for one year (lịch nghỉ
 * công bố), as parsed by {@link OverlayParser}. It is versioned data: the version enters the
 * calendar version stamped on every dossier received under it.
 *
 * @param entries one entry per date, in file order; a date appears at most once
 */
public record CalendarOverlay(int year, String version, List<OverlayEntry> entries) {

    public CalendarOverlay {
        entries = List.copyOf(entries);
    }

    /** The announced Tết days, or an empty list when the overlay leaves Tết to the default rule. */
    public List<LocalDate> tetDays() {
        return entries.stream().filter(e -> e.action() == OverlayAction.TET).map(OverlayEntry::date).toList();
    }

    /** The announced day next to 2/9, if the overlay sets it. */
    public Optional<LocalDate> nationalDayAdjacent() {
        return entries.stream().filter(e -> e.action() == OverlayAction.NATIONAL_DAY).map(OverlayEntry::date).findFirst();
    }

    public Optional<OverlayEntry> entry(LocalDate date) {
        return entries.stream().filter(e -> e.date().equals(date)).findFirst();
    }
}
