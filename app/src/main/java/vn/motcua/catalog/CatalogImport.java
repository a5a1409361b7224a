package vn.motcua.catalog;

import java.util.List;

/**
 * The outcome of importing a catalogue file: the difference against the catalogue in force and
 * whether a new version was stored.
 *
 * @param version the new version's name; when nothing changed, the version in force
 * @param stored true when a new version row was written (never on a dry run or an unchanged file)
 */
public record CatalogImport(String version, List<ProcedureChange> added, List<ProcedureChange> changed,
        List<ProcedureChange> removed, boolean dryRun, boolean stored) {
    public CatalogImport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    /** The file holds exactly the catalogue in force: no new version is made. */
    public boolean unchanged() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
