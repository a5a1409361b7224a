package vn.motcua.documents.split;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.forms.SeparatorCode;

/**
 * Cuts a stream of pages into parts as they come: a separator closes the open part and opens
 * one for its component; other pages join the open part. Pages before the first separator
 * make an unassigned part (only if there are any); a separator's part is kept even when empty.
 */
final class PartsBuilder {
    private final List<StackPart> parts = new ArrayList<>();
    private SeparatorCode open;
    private List<Integer> pages = new ArrayList<>();

    void separator(SeparatorCode code) {
        close();
        open = code;
        pages = new ArrayList<>();
    }

    void page(int index) {
        pages.add(index);
    }

    List<StackPart> finish() {
        close();
        open = null;
        pages = new ArrayList<>();
        return List.copyOf(parts);
    }

    private void close() {
        if (open != null) {
            parts.add(new StackPart(open.dossierCode(), open.componentCode(), pages));
        } else if (!pages.isEmpty()) {
            parts.add(new StackPart(null, null, pages));
        }
    }
}
