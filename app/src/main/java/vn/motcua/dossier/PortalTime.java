package vn.motcua.dossier;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.WorkCalendar;

/** Timestamps as the national sync API writes them: {@code yyyyMMddHHmmss}, Vietnam time (reference §4). */
public final class PortalTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(WorkCalendar.ZONE);

    private PortalTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }
}
