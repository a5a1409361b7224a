package vn.motcua.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Transitions;

/** The view offers what the status table allows, and nothing for a dossier that has ended. */
class DossierActionTest {
    @Test
    void endedDossiersOfferNothing() {
        for (DossierStatus s : DossierStatus.values()) {
            if (s.terminal()) {
                assertThat(DossierAction.offered(s)).as(s.name()).isEmpty();
            }
        }
    }

    @Test
    void everyOfferedMoveIsAllowedByTheTable() {
        for (DossierStatus s : DossierStatus.values()) {
            for (DossierAction a : DossierAction.offered(s)) {
                switch (a) {
                    case HAND_OVER -> assertThat(Transitions.allowed(s, DossierStatus.IN_PROCESS)).isTrue();
                    case REQUEST_SUPPLEMENT -> assertThat(Transitions.allowed(s, DossierStatus.SUPPLEMENT_REQUESTED)).isTrue();
                    case RESULT_READY -> assertThat(Transitions.allowed(s, DossierStatus.RESULT_READY)).isTrue();
                    case RETURN -> assertThat(Transitions.allowed(s, DossierStatus.RETURNED)).isTrue();
                    case WITHDRAW, STOP, REFUSE -> assertThat(Transitions.allowed(s, a.endStatus())).isTrue();
                    case EXTEND -> assertThat(s.clockRuns()).isTrue();
                    case RECEIVE_SUPPLEMENT -> assertThat(s).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
                }
            }
        }
    }

    @Test
    void theClerksUsualStatusesOfferTheUsualActions() {
        assertThat(DossierAction.offered(DossierStatus.SUPPLEMENT_REQUESTED)).contains(DossierAction.RECEIVE_SUPPLEMENT)
                .doesNotContain(DossierAction.EXTEND, DossierAction.REQUEST_SUPPLEMENT, DossierAction.RESULT_READY);
        assertThat(DossierAction.offered(DossierStatus.RESULT_READY)).containsExactly(DossierAction.HAND_OVER, DossierAction.RETURN);
        assertThat(DossierAction.offered(DossierStatus.IN_PROCESS)).contains(DossierAction.HAND_OVER, DossierAction.EXTEND,
                DossierAction.RESULT_READY, DossierAction.REFUSE).doesNotContain(DossierAction.RETURN);
        assertThat(DossierAction.values()).filteredOn(DossierAction::ends).allMatch(a -> a.combination() == null);
    }
}
