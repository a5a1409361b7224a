package vn.motcua.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * An earlier digitized paper of the same applicant, offered for one component of a new dossier.
 *
 * @param componentCode the component of the new dossier's procedure it would fill
 * @param documentId the earlier link to reuse ({@link DocumentReuse#reuse})
 * @param fromDossierCode the dossier it was scanned for
 * @param scannedAt when it was scanned (UTC)
 */
public record ReuseOffer(String componentCode, UUID documentId, String fromDossierCode, String sha256, int pages,
        Instant scannedAt) {
}
