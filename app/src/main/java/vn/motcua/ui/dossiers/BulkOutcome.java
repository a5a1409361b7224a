package vn.motcua.ui.dossiers;

import java.util.List;

/**
 * What a bulk action did: the dossiers it moved, and those refused with the reason in words
 * (a refused move never stops the others).
 */
public record BulkOutcome(List<String> done, List<Refusal> refused) {
    public BulkOutcome {
        done = List.copyOf(done);
        refused = List.copyOf(refused);
    }

    /** A dossier the service refused to move, and its sentence. */
    public record Refusal(String code, String reason) {
    }
}
