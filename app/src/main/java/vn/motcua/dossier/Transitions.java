package vn.motcua.dossier;

import static vn.motcua.dossier.DossierStatus.ACCEPTED;
import static vn.motcua.dossier.DossierStatus.AWAITING_PAYMENT;
import static vn.motcua.dossier.DossierStatus.IN_PROCESS;
import static vn.motcua.dossier.DossierStatus.REFUSED;
import static vn.motcua.dossier.DossierStatus.RESULT_READY;
import static vn.motcua.dossier.DossierStatus.RETURNED;
import static vn.motcua.dossier.DossierStatus.STOPPED;
import static vn.motcua.dossier.DossierStatus.SUBMITTED_ONLINE;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.dossier.DossierStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.motcua.common.MessageKey;
import vn.motcua.common.UserFacingException;

/**
 * The one place that says which status may follow which (national codes 1–10, reference §4).
 *
 * <p>A dossier submitted online (1) is accepted (2), refused (3) or sent back for completion (5).
 * An accepted dossier is handed to a specialist (4), may wait for a supplement (5) or for the
 * citizen's fee (6), be withdrawn (7) or stopped (8), refused after review (3), or, for
 * same-day matters, have its result ready at once (9). A hand-over from one specialist to the
 * next, or to the chair, stays in 4. A supplement received returns the dossier to the status it
 * was in before the request. The result ready (9) is returned (10). 3, 7, 8 and 10 end the story.
 */
public final class Transitions {
    private static final Map<DossierStatus, Set<DossierStatus>> NEXT = new EnumMap<>(DossierStatus.class);

    static {
        NEXT.put(SUBMITTED_ONLINE, EnumSet.of(ACCEPTED, REFUSED, SUPPLEMENT_REQUESTED, WITHDRAWN));
        NEXT.put(ACCEPTED, EnumSet.of(IN_PROCESS, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT, WITHDRAWN, STOPPED, REFUSED, RESULT_READY));
        NEXT.put(IN_PROCESS, EnumSet.of(IN_PROCESS, SUPPLEMENT_REQUESTED, AWAITING_PAYMENT, WITHDRAWN, STOPPED, REFUSED, RESULT_READY));
        NEXT.put(SUPPLEMENT_REQUESTED, EnumSet.of(ACCEPTED, IN_PROCESS, WITHDRAWN, STOPPED, REFUSED));
        NEXT.put(AWAITING_PAYMENT, EnumSet.of(ACCEPTED, IN_PROCESS, WITHDRAWN, STOPPED, RESULT_READY));
        NEXT.put(RESULT_READY, EnumSet.of(RETURNED, IN_PROCESS));
        NEXT.put(REFUSED, EnumSet.noneOf(DossierStatus.class));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(DossierStatus.class));
        NEXT.put(STOPPED, EnumSet.noneOf(DossierStatus.class));
        NEXT.put(RETURNED, EnumSet.noneOf(DossierStatus.class));
    }

    private Transitions() {
    }

    public static boolean allowed(DossierStatus from, DossierStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The statuses that may follow {@code from}, in code order (what a screen offers). */
    public static Set<DossierStatus> next(DossierStatus from) {
        return EnumSet.copyOf(NEXT.get(from).isEmpty() ? EnumSet.noneOf(DossierStatus.class) : NEXT.get(from));
    }

    /**
     * Refuses a move that is not allowed, with a sentence that says why: the dossier is closed,
     * or what must happen first.
     */
    static void check(Dossier d, DossierStatus to) {
        DossierStatus from = d.status();
        if (allowed(from, to)) {
            return;
        }
        String key;
        if (from.terminal()) {
            key = "dossier.transition.closed";
        } else if (from == SUPPLEMENT_REQUESTED && (to == RESULT_READY || to == SUPPLEMENT_REQUESTED || to == AWAITING_PAYMENT)) {
            key = "dossier.transition.waitingSupplement";
        } else if (to == RETURNED) {
            key = "dossier.transition.resultNotReady";
        } else if (to == SUBMITTED_ONLINE) {
            key = "dossier.transition.onlineOnly";
        } else if (from == RESULT_READY) {
            key = "dossier.transition.resultReady";
        } else {
            key = "dossier.transition.notAllowed";
        }
        throw new UserFacingException(key, d.code(), new MessageKey(from.messageKey()), new MessageKey(to.messageKey()));
    }
}
