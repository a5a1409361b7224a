package vn.motcua.ui.intake;

import java.util.List;
import java.util.UUID;

/**
 * Everything typed into the intake form, as plain text, so a crash or a power cut loses nothing:
 * written to {@code drafts/intake.json} while the clerk types and restored when the screen opens.
 * The client UUID travels with it, so a dossier saved just before a crash is not received twice.
 * A draft written before owner, sets and channel existed reads them as null (the defaults).
 */
public record IntakeDraft(UUID clientId, String procedureCode, String fullName, String idNumber, String birthDate,
        String sex, String address, String phone, String email, List<Count> counts, String outcome, String reason,
        String ownerName, Integer sets, String channel) {
    public IntakeDraft {
        counts = counts == null ? List.of() : List.copyOf(counts);
    }

    /** The counts typed for one component of the checklist. */
    public record Count(String code, int originals, int certifiedCopies, int photocopies, int pages) {
    }
}
