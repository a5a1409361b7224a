package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.calendar.Verdict;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

class ProcessingServiceTest {
    /** Monday 7 December 2026, 09:00: no holiday for weeks either side. */
    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 9, 0);

    @TempDir
    Path dir;
    TestClock clock;
    AppContext context;
    Actor clerk;
    Actor specialist;
    Actor chair;

    @BeforeEach
    void open() {
        clock = new TestClock(MONDAY);
        context = TestOffice.initialized(dir, clock);
        Actor[] staff = Processing.staff(context);
        clerk = staff[0];
        specialist = staff[1];
        chair = staff[2];
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ProcessingService processing() {
        return context.processing();
    }

    private LocalDateTime due(String code) {
        return WorkCalendar.toLocal(context.dossiers().require(code).dueAt());
    }

    @Test
    void handOversKeepAStepPerReceiverWithItsOwnDeadlineAndVerdict() {
        String code = Processing.receive(context, clerk);
        assertThat(due(code)).isEqualTo(LocalDateTime.of(2026, 12, 16, 9, 0)); // 7 working days after Monday 7th

        processing().handOver(clerk, code, new HandOver("lan", "Văn phòng - Thống kê", 2, "Thẩm định hồ sơ"));
        clock.set(MONDAY.plusDays(3)); // Thursday: a day after the step's due day (Wednesday)
        processing().handOver(specialist, code, new HandOver("hung", null, 1, "Trình ký"));
        clock.set(MONDAY.plusDays(3).withHour(16)); // same day as its step due? due Friday → early
        Dossier ready = processing().resultReady(chair, code, "Đã ký");

        DossierStory story = context.dossierQuery().story(code);
        assertThat(story.steps()).extracting(HandOverStep::receiverName).containsExactly("Phạm Ngọc Lan", "Lê Văn Hùng");
        assertThat(story.steps().get(0).stepDueAt()).isEqualTo(WorkCalendar.toInstant(LocalDateTime.of(2026, 12, 9, 9, 0)));
        assertThat(story.steps().get(0).verdict()).contains(Verdict.LATE);
        assertThat(story.steps().get(0).giverName()).isEqualTo("Nguyễn Thị Thu");
        assertThat(story.steps().get(1).verdict()).contains(Verdict.EARLY);
        assertThat(story.steps().get(1).receiverUnit()).isNull();
        assertThat(ready.status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(ready.verdict()).contains(Verdict.EARLY); // the dossier itself is due on the 16th
        assertThat(ready.handlerName()).isNull();
        assertThat(story.events()).extracting(e -> e.to().code()).containsExactly(2, 4, 4, 9);
        assertThat(story.events().get(1).toUserName()).isEqualTo("Phạm Ngọc Lan");
        assertThat(story.forms()).contains("01", "06");
    }

    @Test
    void theResultReturnedOnTheDueDayIsOnTimeAndAfterItLate() {
        String onTime = Processing.receive(context, clerk);
        String late = Processing.receive(context, clerk);
        clock.set(LocalDateTime.of(2026, 12, 16, 16, 30)); // the due day, after the due hour: still on time (dates)
        assertThat(processing().resultReady(chair, onTime, null).verdict()).contains(Verdict.ON_TIME);
        clock.set(LocalDateTime.of(2026, 12, 17, 8, 0));
        assertThat(processing().resultReady(chair, late, null).verdict()).contains(Verdict.LATE);
        Dossier returned = processing().returnResult(clerk, late, "Trần Văn Bình (ủy quyền)", null);
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.returnedTo()).isEqualTo("Trần Văn Bình (ủy quyền)");
        assertThat(returned.returnedAt()).isEqualTo(clock.instant());
        assertThat(processing().returnResult(clerk, onTime, null, null).returnedTo()).isEqualTo(Intakes.applicant().fullName());
    }

    @Test
    void aSupplementPausesTheClockAndShiftsTheDueDateByTheWorkingDaysLost() {
        String code = Processing.receive(context, clerk);
        processing().handOver(clerk, code, new HandOver("lan", null, null, null));
        clock.set(MONDAY.plusDays(2)); // Wednesday 9th
        Dossier waiting = processing().requestSupplement(specialist, code, "Bổ sung bản sao sổ hộ khẩu");
        assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(context.dossierQuery().page(DossierFilter.tab(DossierFilter.Tab.WAITING), 0, 10).rows())
                .extracting(DossierRow::code).containsExactly(code);
        clock.set(MONDAY.plusDays(7)); // next Monday 14th
        Dossier back = processing().receiveSupplement(clerk, code, "Đã nhận bản sao");
        assertThat(back.status()).isEqualTo(DossierStatus.IN_PROCESS); // where it was before the request
        // request day to supplement day, both included: Wed, Thu, Fri, Mon = 4 working days lost
        assertThat(due(code)).isEqualTo(LocalDateTime.of(2026, 12, 22, 9, 0));
        DossierStory story = context.dossierQuery().story(code);
        SupplementRound round = story.rounds().get(0);
        assertThat(round.content()).isEqualTo("Bổ sung bản sao sổ hộ khẩu");
        assertThat(round.oldDueAt()).isEqualTo(WorkCalendar.toInstant(LocalDateTime.of(2026, 12, 16, 9, 0)));
        assertThat(round.newDueAt()).isEqualTo(back.dueAt());
        assertThat(round.receivedAt()).isEqualTo(clock.instant());
        assertThat(story.ledger().orElseThrow().explanations()).hasSize(3).last().asString().contains("hạn cũ");
        // the open step's own deadline moved with the dossier's
        assertThat(story.steps().get(0).stepDueAt()).isEqualTo(back.dueAt());
    }

    /** Sync simulation seed 308940: a hand-over at status 5 left the clock paused, and the next request failed. */
    @Test
    void aDossierWaitingForTheCitizenIsNotHandedOverUntilTheSupplementArrives() {
        String code = Processing.receive(context, clerk);
        processing().handOver(clerk, code, new HandOver("lan", null, null, null));
        processing().requestSupplement(specialist, code, "Bổ sung bản sao sổ hộ khẩu");
        int events = context.dossierQuery().story(code).events().size();
        assertThatThrownBy(() -> processing().handOver(specialist, code, new HandOver("hung", null, null, null)))
                .isInstanceOfSatisfying(vn.motcua.common.UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("dossier.handOver.awaitingSupplement");
                    assertThat(e.args()).contains(code);
                });
        DossierStory story = context.dossierQuery().story(code);
        assertThat(story.dossier().status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(story.events()).hasSize(events);
        processing().receiveSupplement(clerk, code, "Đã nhận bản sao");
        processing().handOver(specialist, code, new HandOver("hung", null, null, null));
        assertThat(processing().requestSupplement(specialist, code, "Thiếu chữ ký").status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void underTheRestartPolicyTheWholeTimeStartsAgainFromTheSupplement() {
        context.office().setPausePolicy(Actor.SYSTEM, vn.motcua.calendar.PausePolicy.RESTART);
        String code = Processing.receive(context, clerk);
        clock.set(MONDAY.plusDays(2));
        processing().requestSupplement(clerk, code, "Bổ sung giấy tờ");
        clock.set(MONDAY.plusDays(7).withHour(10)); // Monday 14th 10:00
        processing().receiveSupplement(clerk, code, null);
        assertThat(due(code)).isEqualTo(LocalDateTime.of(2026, 12, 23, 10, 0)); // 7 working days from the 14th
        assertThat(context.dossierQuery().story(code).ledger().orElseThrow().policy())
                .isEqualTo(vn.motcua.calendar.PausePolicy.RESTART);
    }

    @Test
    void anExtensionKeepsBothDatesAndNumbersTheApologyLetter() {
        String first = Processing.receive(context, clerk);
        String second = Processing.receive(context, clerk);
        processing().extend(chair, first, 2, "Cần xác minh thông tin cư trú");
        processing().extend(chair, second, 1, "Chờ ý kiến công an");
        processing().extend(chair, first, 1, "Xác minh thêm");
        List<DossierExtension> extensions = context.dossierQuery().story(first).extensions();
        assertThat(extensions).extracting(DossierExtension::letterNumber).containsExactly("1/VBXL-2026", "3/VBXL-2026");
        assertThat(extensions.get(0).oldDueAt()).isEqualTo(WorkCalendar.toInstant(LocalDateTime.of(2026, 12, 16, 9, 0)));
        assertThat(extensions.get(0).newDueAt()).isEqualTo(WorkCalendar.toInstant(LocalDateTime.of(2026, 12, 18, 9, 0)));
        assertThat(extensions.get(1).oldDueAt()).isEqualTo(extensions.get(0).newDueAt());
        assertThat(due(first)).isEqualTo(LocalDateTime.of(2026, 12, 21, 9, 0));
        assertThat(context.dossierQuery().story(first).ledger().orElseThrow().explanations())
                .anySatisfy(x -> assertThat(x).contains("Cần xác minh thông tin cư trú"));
        assertThat(context.dossierQuery().story(first).forms()).contains("04");
    }

    @Test
    void theLedgerIsStoredAndReadBackTheSameAfterARestart() {
        String code = Processing.receive(context, clerk);
        clock.set(MONDAY.plusDays(1));
        processing().requestSupplement(clerk, code, "Bổ sung ảnh");
        clock.set(MONDAY.plusDays(2));
        processing().receiveSupplement(clerk, code, null);
        processing().extend(chair, code, 2, "Xác minh");
        List<String> before = context.dossierQuery().story(code).ledger().orElseThrow().explanations();
        Instant dueBefore = context.dossiers().require(code).dueAt();
        context.close();
        context = TestOffice.open(dir);
        var ledger = context.dossierQuery().story(code).ledger().orElseThrow();
        assertThat(ledger.explanations()).isEqualTo(before).hasSize(4);
        assertThat(ledger.dueInstant()).contains(dueBefore);
    }

    @Test
    void aRefusedMoveSaysWhyAndWritesNothing() {
        String code = Processing.receive(context, clerk);
        processing().close(clerk, code, DossierStatus.WITHDRAWN, "Công dân xin rút hồ sơ");
        long events = rows("dossier_status_event");
        long outbox = rows("outbox_entry");
        long audit = rows("audit_entry");
        assertThatThrownBy(() -> processing().handOver(clerk, code, new HandOver("lan", null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("dossier.transition.closed");
                    assertThat(e.localized(Messages.of(Language.VI)))
                            .isEqualTo("Hồ sơ " + code + " đã kết thúc (Công dân rút hồ sơ): không thể chuyển sang \"Đang xử lý\".");
                    assertThat(e.localized(Messages.of(Language.EN))).contains("is closed");
                });
        assertThat(rows("dossier_status_event")).isEqualTo(events);
        assertThat(rows("outbox_entry")).isEqualTo(outbox);
        assertThat(rows("audit_entry")).isEqualTo(audit);
        assertThatThrownBy(() -> processing().extend(chair, code, 1, "x")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("dossier.extend.notRunning"));
    }

    @Test
    void eachMoveWritesItsEventAuditAndOutboxEntryTogether() {
        String code = Processing.receive(context, clerk);
        long outbox = rows("outbox_entry");
        long audit = rows("audit_entry");
        processing().handOver(clerk, code, new HandOver("lan", null, null, null));
        processing().requestSupplement(specialist, code, "Bổ sung");
        processing().receiveSupplement(clerk, code, null);
        processing().extend(chair, code, 1, "Xác minh");
        processing().resultReady(chair, code, null);
        processing().returnResult(clerk, code, null, null);
        processing().rate(clerk, code, 2, null);
        assertThat(rows("outbox_entry") - outbox).isEqualTo(7);
        assertThat(rows("audit_entry") - audit).isEqualTo(7);
        DossierStory story = context.dossierQuery().story(code);
        assertThat(story.syncHistory()).extracting(e -> e.action())
                .containsExactly("RECEIVE", "HAND_OVER", "SUPPLEMENT_REQUEST", "SUPPLEMENT_RECEIVED", "EXTEND", "RESULT_READY", "RETURN", "RATE");
        assertThat(story.syncHistory().get(3).payload()).contains("\"TrangThaiHoSo\":4").contains("\"MaHoSo\":\"" + code + "\"");
        assertThat(story.rating()).hasValueSatisfying(r -> assertThat(r.level()).isEqualTo(2));
        assertThatThrownBy(() -> processing().rate(clerk, code, 1, null)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("dossier.rate.already"));
    }

    @Test
    void aRatingNeedsAReturnedDossierAndAReasonWhenNotSatisfied() {
        String code = Processing.receive(context, clerk);
        assertThatThrownBy(() -> processing().rate(clerk, code, 2, null)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("dossier.rate.notReturned"));
        processing().resultReady(chair, code, null);
        processing().returnResult(clerk, code, null, null);
        assertThatThrownBy(() -> processing().rate(clerk, code, 3, " ")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("dossier.rate.reasonNeeded"));
        assertThatThrownBy(() -> processing().rate(clerk, code, 4, null)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("dossier.rate.badLevel"));
        assertThat(processing().rate(clerk, code, 3, "Chờ lâu").reason()).isEqualTo("Chờ lâu");
    }

    @Test
    void aDossierSentBackAtTheCounterStartsItsClockWhenTheSupplementArrives() {
        var request = Intakes.accept(context, Intakes.RESIDENCE);
        var sentBack = new IntakeRequest(null, request.procedureCode(), request.applicant(), null, null, request.components(), null,
                null, 1, null, IntakeOutcome.REQUEST_SUPPLEMENT, "Thiếu tờ khai");
        String code = context.intake().receive(clerk, sentBack).code();
        assertThat(context.dossiers().require(code).dueAt()).isNull();
        clock.set(MONDAY.plusDays(1)); // Tuesday
        Dossier accepted = processing().receiveSupplement(clerk, code, null);
        assertThat(accepted.status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(due(code)).isEqualTo(LocalDateTime.of(2026, 12, 17, 9, 0));
    }

    private long rows(String table) {
        return context.database().sessionFactory().fromTransaction(s -> s.createNativeQuery("select count(*) from " + table, Long.class)
                .getSingleResult().longValue());
    }
}
