package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.ComponentQuantity;
import vn.motcua.catalog.ComponentSource;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/**
 * Everything checked before a number is drawn: a refused request consumes no code and writes
 * nothing. Each refusal names the field and how to fix it.
 */
final class IntakeChecks {
    /** A desk's clock may run a little ahead of the server's; more than this is a typing error. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private IntakeChecks() {
    }

    /** Checks the request against the procedure and returns the checklist as it will be stored. */
    static List<DossierComponent> checklist(IntakeRequest request, Procedure procedure) {
        Set<String> seen = new HashSet<>();
        for (ComponentQuantity q : request.components()) {
            RequiredComponent required = procedure.component(q.code())
                    .orElseThrow(() -> new UserFacingException("dossier.unknownComponent", String.valueOf(q.code()), procedure.code()));
            if (!seen.add(q.code())) {
                throw new UserFacingException("dossier.duplicateComponent", required.name());
            }
            if (q.originals() < 0 || q.certifiedCopies() < 0 || q.photocopies() < 0 || q.pages() < 0) {
                throw new UserFacingException("dossier.negativeCount", required.name());
            }
        }
        List<DossierComponent> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RequiredComponent required : procedure.components()) {
            ComponentQuantity q = request.components().stream().filter(c -> c.code().equals(required.code())).findFirst()
                    .orElse(new ComponentQuantity(required.code(), 0, 0, 0, 0));
            boolean brought = q.originals() + q.certifiedCopies() + q.photocopies() > 0;
            // looked up in the national databases or only shown at the counter: never "missing paper"
            boolean provided = brought || required.source() != ComponentSource.COLLECT_PAPER;
            if (required.mandatory() && !provided) {
                missing.add(required.name());
            }
            lines.add(new DossierComponent(required.code(), required.name(), q.originals(), q.certifiedCopies(),
                    q.photocopies(), q.pages(), required.source(), required.mandatory(), provided, null));
        }
        if (request.outcome() == IntakeOutcome.ACCEPT && !missing.isEmpty()) {
            throw new UserFacingException("dossier.missingComponent", String.join("; ", missing));
        }
        if (request.outcome() == IntakeOutcome.REQUEST_SUPPLEMENT && missing.isEmpty() && Text.nfcOrNull(request.reason()) == null) {
            throw new UserFacingException("dossier.supplementWithoutReason");
        }
        return lines;
    }

    static void general(IntakeRequest request, Instant now) {
        if (request.sets() < 1) {
            throw new UserFacingException("dossier.badSets", String.valueOf(request.sets()));
        }
        if (request.outcome() == IntakeOutcome.REFUSE && Text.nfcOrNull(request.reason()) == null) {
            throw new UserFacingException("dossier.refusalWithoutReason");
        }
        if (request.receivedAt() != null && request.receivedAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new UserFacingException("dossier.receivedInFuture", request.receivedAt().toString());
        }
        if (request.applicant() == null) {
            throw new UserFacingException("dossier.applicantRequired");
        }
    }
}
