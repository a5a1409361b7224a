package vn.motcua.catalog;

import java.util.List;

/**
 * One procedure added, changed or removed by an import.
 *
 * @param differences short Vietnamese sentences saying what changed (empty for added/removed)
 */
public record ProcedureChange(String code, String name, List<String> differences) {
    public ProcedureChange {
        differences = List.copyOf(differences);
    }
}
