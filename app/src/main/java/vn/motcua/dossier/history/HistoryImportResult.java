package vn.motcua.dossier.history;

import java.util.List;

/**
 * What an import run did. {@code refused} lists the first {@link HistoryImport#KEPT_REFUSALS}
 * refused lines in file order (a file of garbage must not fill the memory); {@code refusedCount}
 * counts them all.
 *
 * @param alreadyThere lines whose code the office already had (a re-import, or a code repeated in the file)
 */
public record HistoryImportResult(long lines, long imported, long alreadyThere, long refusedCount, List<RefusedLine> refused) {
    public HistoryImportResult {
        refused = List.copyOf(refused);
    }
}
