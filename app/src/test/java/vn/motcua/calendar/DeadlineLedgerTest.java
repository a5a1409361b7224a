package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DeadlineLedgerTest {

    private final WorkCalendar cal = Calendars.with2026();

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    private DeadlineLedger fiveDays(PausePolicy policy) {
        return DeadlineLedger.open(cal, at("2023-10-27T09:32"), TimeBudget.workingDays(5), policy);
    }

    @Test
    void opening() {
        DeadlineLedger ledger = fiveDays(PausePolicy.SHIFT_BY_PAUSED_TIME);
        assertThat(ledger.due()).contains(at("2023-11-03T09:32"));
        assertThat(ledger.explanations()).containsExactly(
                "Nhận hồ sơ lúc 09:32 ngày 27/10/2023; thời hạn 5 ngày làm việc; hạn trả 09:32 ngày 03/11/2023.");
        assertThat(ledger.calendarVersion()).isEqualTo(cal.version());
        assertThat(ledger.history().get(0).previousDue()).isEmpty();
    }

    @Test
    void shiftPolicyMovesTheDueDateByTheWorkingDaysLostInclusive() {
        DeadlineLedger ledger = fiveDays(PausePolicy.SHIFT_BY_PAUSED_TIME)
                .requestSupplement(at("2023-11-02T10:00"), "Thiếu bản sao giấy khai sinh")
                .receiveSupplement(at("2023-11-06T09:00"));
        // Thu 2/11, Fri 3/11 and Mon 6/11 are lost: 3/11 + 3 working days = Wed 8/11
        assertThat(ledger.due()).contains(at("2023-11-08T09:32"));
        assertThat(ledger.explanations()).containsExactly(
                "Nhận hồ sơ lúc 09:32 ngày 27/10/2023; thời hạn 5 ngày làm việc; hạn trả 09:32 ngày 03/11/2023.",
                "Tạm dừng tính thời hạn từ 10:00 ngày 02/11/2023 để chờ bổ sung: Thiếu bản sao giấy khai sinh.",
                "Hạn trả lùi 3 ngày làm việc do chờ bổ sung từ 02/11/2023 đến 06/11/2023: hạn trả mới 09:32 ngày 08/11/2023"
                        + " (hạn cũ 09:32 ngày 03/11/2023).");
        assertThat(ledger.dueDates()).containsExactly(at("2023-11-03T09:32"), at("2023-11-08T09:32"));
        DueChange last = ledger.history().get(2);
        assertThat(last.previousDue()).contains(at("2023-11-03T09:32"));
        assertThat(last.newDue()).contains(at("2023-11-08T09:32"));
        assertThat(last.moved()).isTrue();
    }

    @Test
    void aPauseOnTheReceiptDayDoesNotCountTheReceiptDay() {
        DeadlineLedger ledger = DeadlineLedger.open(cal, at("2023-10-30T09:00"), TimeBudget.sameDay())
                .requestSupplement(at("2023-10-30T10:00"), "Thiếu chữ ký")
                .receiveSupplement(at("2023-10-31T08:00"));
        // as if received again on Tuesday: due Tuesday at closing
        assertThat(ledger.due()).contains(at("2023-10-31T17:00"));
        DeadlineLedger sameDay = DeadlineLedger.open(cal, at("2023-10-30T09:00"), TimeBudget.workingDays(2))
                .requestSupplement(at("2023-10-30T10:00"), "Thiếu chữ ký")
                .receiveSupplement(at("2023-10-30T11:00"));
        assertThat(sameDay.due()).contains(at("2023-11-01T09:00"));
        assertThat(sameDay.explanations().get(2)).startsWith("Hạn trả giữ nguyên");
    }

    @Test
    void restartPolicyCountsTheWholeBudgetAgainFromTheSupplement() {
        DeadlineLedger ledger = fiveDays(PausePolicy.RESTART)
                .requestSupplement(at("2023-11-02T10:00"), "Thiếu tờ khai")
                .receiveSupplement(at("2023-11-06T14:15"));
        assertThat(ledger.due()).contains(at("2023-11-13T14:15"));
        assertThat(ledger.explanations().get(2)).isEqualTo(
                "Tính lại toàn bộ thời hạn 5 ngày làm việc từ khi nhận bổ sung lúc 14:15 ngày 06/11/2023"
                        + " (chờ bổ sung từ 02/11/2023 đến 06/11/2023): hạn trả mới 14:15 ngày 13/11/2023 (hạn cũ 09:32 ngày 03/11/2023).");
        // a supplement brought after closing restarts from the next opening
        DeadlineLedger late = fiveDays(PausePolicy.RESTART)
                .requestSupplement(at("2023-11-02T10:00"), "Thiếu tờ khai")
                .receiveSupplement(at("2023-11-03T17:45"));
        assertThat(late.due()).contains(at("2023-11-13T07:30"));
    }

    @Test
    void extensionsAddWorkingDaysAndAreKeptAcrossARestart() {
        DeadlineLedger ledger = fiveDays(PausePolicy.SHIFT_BY_PAUSED_TIME)
                .extend(at("2023-11-01T08:00"), 2, "Chứng thực nhiều trang");
        assertThat(ledger.due()).contains(at("2023-11-07T09:32"));
        assertThat(ledger.explanations().get(1)).isEqualTo("Gia hạn thêm 2 ngày làm việc: Chứng thực nhiều trang."
                + " Hạn trả mới 09:32 ngày 07/11/2023 (hạn cũ 09:32 ngày 03/11/2023).");
        DeadlineLedger restarted = fiveDays(PausePolicy.RESTART)
                .extend(at("2023-11-01T08:00"), 2, "Chứng thực nhiều trang")
                .requestSupplement(at("2023-11-02T10:00"), "Thiếu tờ khai")
                .receiveSupplement(at("2023-11-06T14:15"));
        assertThat(restarted.due()).contains(at("2023-11-15T14:15"));
        assertThatThrownBy(() -> ledger.extend(at("2023-11-02T08:00"), 0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.extend(at("2023-11-02T08:00"), 1, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hourBudgetsShiftByThePausedSessionTime() {
        DeadlineLedger ledger = DeadlineLedger.open(cal, at("2023-10-30T08:00"), TimeBudget.workingHours(8))
                .requestSupplement(at("2023-10-30T14:00"), "Thiếu ảnh")
                .receiveSupplement(at("2023-10-31T09:00"));
        // due Mon 08:00 + 8h = Tue 08:30 (3h30 + 3h30 + 1h); paused Mon 14:00–17:00 (3h) + Tue 07:30–09:00 (1h30)
        assertThat(ledger.history().get(0).newDue()).contains(at("2023-10-31T08:30"));
        assertThat(ledger.due()).contains(at("2023-10-31T15:00"));
        assertThat(ledger.explanations().get(2)).startsWith("Hạn trả lùi 4 giờ 30 phút làm việc do chờ bổ sung từ 14:00 ngày 30/10/2023 đến 09:00 ngày 31/10/2023");
    }

    @Test
    void calendarDayBudgetsShiftByCalendarDays() {
        DeadlineLedger ledger = DeadlineLedger.open(cal, at("2023-10-23T09:00"), TimeBudget.calendarDays(3))
                .requestSupplement(at("2023-10-24T09:00"), "Thiếu ảnh")
                .receiveSupplement(at("2023-10-25T09:00"));
        // due Thu 26/10 09:00; 24 and 25 lost → Sat 28/10 → Monday 30/10 at closing
        assertThat(ledger.due()).contains(at("2023-10-30T17:00"));
        assertThat(ledger.explanations().get(2)).startsWith("Hạn trả lùi 2 ngày do chờ bổ sung từ 24/10/2023 đến 25/10/2023");
    }

    @Test
    void verdictComparesDatesInHoChiMinhCity() {
        DeadlineLedger ledger = fiveDays(PausePolicy.SHIFT_BY_PAUSED_TIME); // due 03/11/2023 09:32
        assertThat(ledger.verdict(at("2023-11-02T16:59"))).contains(Verdict.EARLY);
        assertThat(ledger.verdict(at("2023-11-03T07:30"))).contains(Verdict.ON_TIME);
        assertThat(ledger.verdict(at("2023-11-03T16:45"))).contains(Verdict.ON_TIME); // later that day: still on time
        assertThat(ledger.verdict(at("2023-11-06T07:30"))).contains(Verdict.LATE);
        assertThat(ledger.verdict(java.time.Instant.parse("2023-11-03T16:59:00Z"))).contains(Verdict.ON_TIME); // 23:59 on 3/11 local
        assertThat(ledger.verdict(java.time.Instant.parse("2023-11-03T17:00:00Z"))).contains(Verdict.LATE); // 00:00 on 4/11 local
        assertThat(ledger.statusAt(at("2023-11-03T17:00"))).contains(OpenStatus.IN_TIME);
        assertThat(ledger.statusAt(at("2023-11-04T08:00"))).contains(OpenStatus.OVERDUE);
        DeadlineLedger waiting = ledger.requestSupplement(at("2023-11-02T10:00"), "Thiếu ảnh");
        assertThat(waiting.statusAt(at("2023-11-20T08:00"))).contains(OpenStatus.IN_TIME);
        assertThat(DeadlineLedger.open(cal, at("2023-10-27T09:32"), TimeBudget.none()).verdict(at("2024-01-01T08:00"))).isEmpty();
    }

    @Test
    void remainingWorkingTimeIsFrozenDuringAPause() {
        DeadlineLedger ledger = fiveDays(PausePolicy.SHIFT_BY_PAUSED_TIME);
        // Thu 2/11 10:00 → Fri 3/11 09:32: 1h30 + 3h30 + 2h02
        assertThat(ledger.remainingWorkingTime(at("2023-11-02T10:00"))).contains(Duration.ofMinutes(90 + 210 + 122));
        assertThat(ledger.remainingWorkingDays(at("2023-11-02T10:00"))).contains(1);
        DeadlineLedger waiting = ledger.requestSupplement(at("2023-11-02T10:00"), "Thiếu ảnh");
        assertThat(waiting.paused()).isTrue();
        assertThat(waiting.remainingWorkingTime(at("2023-11-10T10:00"))).contains(Duration.ofMinutes(90 + 210 + 122));
        assertThat(ledger.remainingWorkingTime(at("2023-11-06T07:30"))).contains(Duration.ofMinutes(-(118 + 210)));
    }

    @Test
    void aCalendarChangeIsReplayedAndKeepsTheOldDueDate() {
        WorkCalendar before = WorkCalendar.standard();
        DeadlineLedger ledger = DeadlineLedger.open(before, at("2026-08-27T09:00"), TimeBudget.workingDays(3));
        assertThat(ledger.due()).contains(at("2026-09-03T09:00")); // 28/8, 31/8, 3/9 (1–2/9 off by rule)
        DeadlineLedger after = ledger.recalculate(cal, at("2026-08-28T08:00"));
        assertThat(after.due()).contains(at("2026-09-04T09:00")); // 31/8 is now off, 22/8 was before receipt
        assertThat(after.dueDates()).containsExactly(at("2026-09-03T09:00"), at("2026-09-04T09:00"));
        assertThat(after.calendarVersion()).isEqualTo(cal.version());
        assertThat(after.history().get(0).calendarVersion()).isEqualTo(before.version());
        assertThat(after.explanations().get(1)).isEqualTo("Áp dụng lịch làm việc phiên bản " + cal.version()
                + " (trước đây: " + before.version() + "): hạn trả mới 09:00 ngày 04/09/2026 (hạn cũ 09:00 ngày 03/09/2026).");
        assertThat(ledger.events()).isEmpty(); // the old ledger is untouched
    }

    @Test
    void misuseIsRefused() {
        DeadlineLedger ledger = fiveDays(PausePolicy.SHIFT_BY_PAUSED_TIME);
        assertThatThrownBy(() -> ledger.receiveSupplement(at("2023-11-02T10:00"))).isInstanceOf(IllegalStateException.class);
        DeadlineLedger waiting = ledger.requestSupplement(at("2023-11-02T10:00"), "Thiếu ảnh");
        assertThatThrownBy(() -> waiting.requestSupplement(at("2023-11-02T11:00"), "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> waiting.receiveSupplement(at("2023-11-01T10:00"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalDate.of(2023, 11, 3)).isEqualTo(ledger.due().orElseThrow().toLocalDate());
    }
}
