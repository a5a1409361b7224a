package vn.motcua.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of the procedure catalogue: the shipped starter or an administrator's import.
 * Versions are never changed; a dossier keeps the name of the version it was received under.
 *
 * @param source where it came from: the imported file's name, or the starter's description
 */
public record CatalogVersion(String version, Instant importedAt, String source, List<Procedure> procedures) {
    public CatalogVersion {
        procedures = List.copyOf(procedures);
    }

    public Optional<Procedure> find(String code) {
        return procedures.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
