package vn.motcua.ui.dossier;

import java.time.Instant;
import vn.motcua.calendar.Verdict;

/**
 * One line of a dossier's timeline, ready to show: when, what kind, a title, the details, and
 * for a finished hand-over step its verdict (null otherwise).
 */
public record TimelineEntry(Instant at, Kind kind, String title, String detail, Verdict verdict) {
    /** Where the line comes from; the view picks the icon by it. */
    public enum Kind { STATUS, HAND_OVER, SUPPLEMENT_REQUEST, SUPPLEMENT_RECEIVED, EXTENSION, RATING }
}
