package vn.motcua.documents.split;

import java.util.List;

/**
 * One part of a scanned stack: the pages (0-based indexes into the stack) that followed a
 * separator sheet for {@code componentCode} of dossier {@code dossierCode}. The part of pages
 * before the first separator has null codes (chưa xác định): the clerk files it by hand. A
 * part with no pages (two separators in a row) is kept so the clerk sees the component was
 * announced but nothing was scanned for it.
 */
public record StackPart(String dossierCode, String componentCode, List<Integer> pageIndexes) {
    public StackPart {
        pageIndexes = List.copyOf(pageIndexes);
    }

    /** Pages scanned before any separator: which dossier they belong to is not known. */
    public boolean unassigned() {
        return dossierCode == null;
    }

    public boolean empty() {
        return pageIndexes.isEmpty();
    }
}
