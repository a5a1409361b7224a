package vn.motcua.workcalendar;

import java.time.Instant;

/**
 * One version of a year's announced overlay and where it comes from: shipped with the
 * application (on the class path) or imported by the administrator (in the database).
 *
 * @param text the canonical text ({@link OverlayText#canonical}), which {@code sha256} is of
 * @param importedAt null for a shipped overlay
 * @param importedBy null for a shipped overlay
 */
public record OverlaySource(int year, String version, Origin origin, String text, String sha256,
        Instant importedAt, String importedBy) {

    /** Where an overlay version comes from. */
    public enum Origin { SHIPPED, IMPORTED }
}
