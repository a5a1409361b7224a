package vn.motcua.dossier;

import java.util.UUID;
import vn.motcua.security.Actor;

/** Who brought the dossier, for whom, how, and who received it. */
record IntakeParties(Channel channel, ApplicantType applicantType, UUID applicantId, ApplicantSnapshot applicant,
        String ownerName, int sets, String returnMethod, String reason, Actor officer) {
}
