package vn.motcua.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures: the shipped 2026 overlay read from the classpath (tests may do I/O; the package may not). */
final class Calendars {

    static final String OVERLAY_2026_RESOURCE = "data/calendar/overlay-2026.txt";

    private static final WorkCalendar WITH_2026 = WorkCalendar.standard().importOverlay(overlay2026Text());

    private Calendars() {
    }

    static String overlay2026Text() {
        try (InputStream in = Calendars.class.getClassLoader().getResourceAsStream(OVERLAY_2026_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OVERLAY_2026_RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard hours, Labor Code rules, the shipped 2026 overlay. */
    static WorkCalendar with2026() {
        return WITH_2026;
    }
}
