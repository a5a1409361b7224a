package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.catalog.ComponentQuantity;
import vn.motcua.citizen.ApplicantDetails;

/**
 * What the clerk typed at the counter (or a script sent with {@code dossier receive}).
 *
 * @param clientId the dossier's UUID chosen by the client; receiving the same UUID twice
 *        returns the first dossier instead of making a second one. Null: a new UUID.
 * @param components the counts brought per component of the procedure; components not listed
 *        were not brought
 * @param receivedAt null: now
 * @param reason required when the outcome is not {@link IntakeOutcome#ACCEPT}
 */
public record IntakeRequest(UUID clientId, String procedureCode, ApplicantDetails applicant, ApplicantType applicantType,
        String ownerName, List<ComponentQuantity> components, Channel channel, Instant receivedAt, int sets,
        String returnMethod, IntakeOutcome outcome, String reason) {

    public IntakeRequest {
        components = components == null ? List.of() : List.copyOf(components);
        applicantType = applicantType == null ? ApplicantType.CITIZEN : applicantType;
        channel = channel == null ? Channel.IN_PERSON : channel;
        outcome = outcome == null ? IntakeOutcome.ACCEPT : outcome;
    }

    /** An in-person acceptance received now, one set: the common case at the counter. */
    public static IntakeRequest accept(String procedureCode, ApplicantDetails applicant, List<ComponentQuantity> components) {
        return new IntakeRequest(null, procedureCode, applicant, null, null, components, null, null, 1, null, null, null);
    }
}
