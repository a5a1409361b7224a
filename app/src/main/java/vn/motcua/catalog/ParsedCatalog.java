package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * A catalogue file read and checked, before it becomes a version.
 *
 * @param version the version name the file gives, or null (one is made at import)
 * @param source the file's own description of where it comes from, or null
 * @param issued the date the file says it was issued, or null
 */
record ParsedCatalog(String version, String source, LocalDate issued, List<Procedure> procedures) {
    ParsedCatalog {
        procedures = List.copyOf(procedures);
    }
}
