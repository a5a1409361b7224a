package vn.motcua.workcalendar;

import java.util.List;

/**
 * The outcome of importing (or checking) an overlay.
 *
 * @param changes the days that differ from the calendar in force before the import
 * @param unchanged the same text is already in force for that year; nothing was stored
 * @param stored a new version was stored and is now in force
 * @param calendarVersion the version of the calendar with this overlay applied
 */
public record OverlayImport(int year, String version, String sha256, List<DayChange> changes, boolean unchanged,
        boolean stored, String calendarVersion) {

    public OverlayImport {
        changes = List.copyOf(changes);
    }
}
