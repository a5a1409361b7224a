package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/**
 * Every pair (from, to) of national statuses through the real service: each allowed move
 * succeeds, each forbidden one is refused with a sentence naming both statuses and writes
 * nothing. Status 1 (submitted online) comes from the portal, so it is only a target here.
 */
class TransitionMatrixTest {
    @TempDir
    static Path dir;
    static AppContext context;
    static Actor clerk;

    @BeforeAll
    static void open() {
        context = TestOffice.initialized(dir, new TestClock(ProcessingServiceTest.MONDAY));
        clerk = Processing.staff(context)[0];
    }

    @AfterAll
    static void close() {
        context.close();
    }

    /** The statuses the desk can put a dossier in, each reached the way a clerk would. */
    private static String dossierIn(DossierStatus status) {
        ProcessingService p = context.processing();
        String code = Processing.receive(context, clerk);
        switch (status) {
            case ACCEPTED -> {
            }
            case IN_PROCESS -> p.handOver(clerk, code, new HandOver("lan", null, null, null));
            case SUPPLEMENT_REQUESTED -> {
                p.handOver(clerk, code, new HandOver("lan", null, null, null));
                p.requestSupplement(clerk, code, "Bổ sung");
            }
            case AWAITING_PAYMENT -> p.transition(clerk, code, status, TransitionRequest.note(null));
            case RESULT_READY -> p.resultReady(clerk, code, null);
            case RETURNED -> {
                p.resultReady(clerk, code, null);
                p.returnResult(clerk, code, null, null);
            }
            case REFUSED, WITHDRAWN, STOPPED -> p.close(clerk, code, status, "Lý do");
            default -> throw new IllegalArgumentException(status.name());
        }
        assertThat(context.dossiers().require(code).status()).isEqualTo(status);
        return code;
    }

    @Test
    void everyAllowedMoveSucceedsAndEveryForbiddenOneIsRefusedWithItsReason() {
        Set<DossierStatus> reachable = EnumSet.complementOf(EnumSet.of(DossierStatus.SUBMITTED_ONLINE));
        Messages vi = Messages.of(Language.VI);
        List<String> checked = new ArrayList<>();
        for (DossierStatus from : reachable) {
            for (DossierStatus to : DossierStatus.values()) {
                String code = dossierIn(from);
                int events = context.dossierQuery().story(code).events().size();
                Throwable refused = catchThrowable(() -> context.processing().transition(clerk, code, to,
                        new TransitionRequest("lan", null, null, "Ghi chú", null)));
                if (Transitions.allowed(from, to)) {
                    assertThat(refused).as("%s → %s", from, to).isNull();
                    assertThat(context.dossierQuery().story(code).events()).hasSizeGreaterThan(events);
                } else {
                    assertThat(refused).as("%s → %s", from, to).isInstanceOf(UserFacingException.class);
                    UserFacingException e = (UserFacingException) refused;
                    assertThat(e.key()).startsWith("dossier.transition.");
                    assertThat(e.localized(vi)).contains(code).doesNotContain("!").containsAnyOf(vi.get(to.messageKey()), vi.get(from.messageKey()));
                    assertThat(context.dossierQuery().story(code).events()).hasSize(events);
                    assertThat(context.dossiers().require(code).status()).isEqualTo(from);
                }
                checked.add(from.code() + "→" + to.code());
            }
        }
        assertThat(checked).hasSize(90);
    }

    @Test
    void theTableEndsTheStoryAtRefusalWithdrawalStopAndReturn() {
        for (DossierStatus end : List.of(DossierStatus.REFUSED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RETURNED)) {
            assertThat(Transitions.next(end)).as(end.name()).isEmpty();
            assertThat(end.terminal()).isTrue();
        }
        assertThat(Transitions.next(DossierStatus.RESULT_READY)).containsExactlyInAnyOrder(DossierStatus.RETURNED, DossierStatus.IN_PROCESS);
        assertThat(Transitions.allowed(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.RESULT_READY)).isFalse();
    }
}
