package vn.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.motcua.calendar.WorkCalendar;

/**
 * The starter catalogue shipped with the application (reference §6): {@code resources/catalog/}
 * in the source tree, {@code data/catalog/} on the class path. A new starter is a new file with
 * a new version name; the old name must never be reused, since dossiers refer to it.
 */
final class ShippedCatalog {
    static final String RESOURCE = "data/catalog/starter-2025.07.json";

    private ShippedCatalog() {
    }

    /** The starter version; a missing or broken file is a build defect, not a user error. */
    static CatalogVersion load() {
        String text;
        try (InputStream in = ShippedCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParsedCatalog parsed = CatalogJson.read(text, RESOURCE);
        if (parsed.version() == null || parsed.issued() == null) {
            throw new IllegalStateException(RESOURCE + " must name its version and issue date");
        }
        Instant issued = parsed.issued().atStartOfDay(WorkCalendar.ZONE).toInstant();
        return new CatalogVersion(parsed.version(), issued, parsed.source(), parsed.procedures());
    }
}
