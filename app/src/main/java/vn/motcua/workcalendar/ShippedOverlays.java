package vn.motcua.workcalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.CalendarOverlay;
import vn.motcua.calendar.OverlayParser;

/**
 * The announced overlays shipped with the application: {@code resources/calendar/overlay-<year>.txt}
 * in the source tree, {@code data/calendar/} on the class path, listed by the index
 * {@code overlays.txt} because a class-path directory inside a jar cannot be listed.
 */
public final class ShippedOverlays {
    static final String DIRECTORY = "data/calendar/";
    static final String INDEX = DIRECTORY + "overlays.txt";

    private ShippedOverlays() {
    }

    /** Every overlay named in the index, in index order; a missing or broken file is a build defect. */
    public static List<OverlaySource> fromClassPath() {
        List<OverlaySource> overlays = new ArrayList<>();
        for (String line : read(INDEX).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String text = OverlayText.canonical(read(DIRECTORY + name));
            CalendarOverlay parsed = OverlayParser.parse(text);
            overlays.add(new OverlaySource(parsed.year(), parsed.version(), OverlaySource.Origin.SHIPPED, text,
                    OverlayText.sha256(text), null, null));
        }
        return List.copyOf(overlays);
    }

    private static String read(String resource) {
        try (InputStream in = ShippedOverlays.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
