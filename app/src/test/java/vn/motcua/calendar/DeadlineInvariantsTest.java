package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Invariants over thousands of seeded random cases; the seed and case are in every message. */
class DeadlineInvariantsTest {

    private static final long SEED = 20_260_216L;
    private static final int CASES = 5_000;

    private final WorkCalendar cal = Calendars.with2026();

    private static TimeBudget budget(SeededRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> TimeBudget.workingDays(r.between(1, 60));
            case 1 -> TimeBudget.workingHours(r.between(1, 80));
            case 2 -> TimeBudget.calendarDays(r.between(1, 60));
            case 3 -> r.chance(50) ? TimeBudget.sameDay() : TimeBudget.sameDay(java.time.LocalTime.of(r.between(8, 16), 0));
            default -> TimeBudget.workingDays(r.between(1, 5));
        };
    }

    private static TimeBudget more(TimeBudget b, int extra) {
        return new TimeBudget(b.kind(), b.amount() + extra, b.cutoff());
    }

    @Test
    void dueDatesAreWorkingInstantsNotBeforeReceiptAndMonotone() {
        SeededRandom r = new SeededRandom(SEED);
        for (int i = 0; i < CASES; i++) {
            LocalDateTime received = r.instant();
            TimeBudget b = budget(r);
            String ctx = "seed " + SEED + " case " + i + ": " + received + " " + b;
            LocalDateTime due = cal.due(received, b).orElseThrow();
            assertThat(due).as(ctx).isAfterOrEqualTo(received);
            assertThat(cal.isWorkingInstant(due)).as(ctx + " → " + due).isTrue();
            if (b.kind() != BudgetKind.SAME_DAY) {
                LocalDateTime more = cal.due(received, more(b, r.between(1, 10))).orElseThrow();
                assertThat(more).as(ctx + " more budget").isAfterOrEqualTo(due);
            }
            LocalDateTime later = received.plusMinutes(r.between(1, 3 * 24 * 60));
            assertThat(cal.due(later, b).orElseThrow()).as(ctx + " later receipt " + later).isAfterOrEqualTo(due);
            LocalDateTime start = cal.effectiveStart(received);
            assertThat(cal.isWorkingInstant(start)).as(ctx + " start").isTrue();
            if (b.kind() == BudgetKind.WORKING_DAYS) {
                assertThat(cal.workingDaysBetween(start.toLocalDate(), due.toLocalDate())).as(ctx).isEqualTo(b.amount());
            }
            if (b.kind() == BudgetKind.WORKING_HOURS) {
                assertThat(cal.workingTimeBetween(start, due)).as(ctx).isEqualTo(Duration.ofHours(b.amount()));
            }
        }
    }

    @Test
    void pausesAndExtensionsNeverMoveTheDueDateBackwards() {
        SeededRandom r = new SeededRandom(SEED + 1);
        for (int i = 0; i < CASES / 5; i++) {
            LocalDateTime received = r.instant();
            TimeBudget b = budget(r);
            PausePolicy policy = r.chance(50) ? PausePolicy.SHIFT_BY_PAUSED_TIME : PausePolicy.RESTART;
            String ctx = "seed " + (SEED + 1) + " case " + i + ": " + received + " " + b + " " + policy;
            DeadlineLedger ledger = DeadlineLedger.open(cal, received, b, policy);
            DeadlineLedger unpaused = ledger;
            LocalDateTime t = received;
            int steps = r.between(1, 6);
            for (int s = 0; s < steps; s++) {
                t = t.plusMinutes(r.between(0, 5 * 24 * 60));
                if (ledger.paused()) {
                    ledger = ledger.receiveSupplement(t);
                } else if (r.chance(70)) {
                    ledger = ledger.requestSupplement(t, "Thiếu giấy tờ " + s);
                } else {
                    int days = r.between(1, 3);
                    ledger = ledger.extend(t, days, "Gia hạn " + s);
                    unpaused = unpaused.extend(t, days, "Gia hạn " + s);
                }
            }
            for (DueChange change : ledger.history()) {
                if (change.previousDue().isPresent()) {
                    assertThat(change.newDue().orElseThrow()).as(ctx + " " + change.explanation()).isAfterOrEqualTo(change.previousDue().get());
                }
                assertThat(change.explanation()).as(ctx).isNotBlank();
            }
            Optional<LocalDateTime> due = ledger.due();
            assertThat(due.orElseThrow()).as(ctx + " paused vs not").isAfterOrEqualTo(unpaused.due().orElseThrow());
            assertThat(cal.isWorkingInstant(due.orElseThrow())).as(ctx + " → " + due).isTrue();
            assertThat(ledger.explanations()).hasSize(ledger.events().size() + 1);
        }
    }

    @Test
    void garbageOverlayTextIsEitherParsedOrRefusedWithALineNumber() {
        SeededRandom r = new SeededRandom(SEED + 2);
        String[] pieces = {"overlay 2026 version x", "2026-01-02 off Nghỉ", "2026-01-10 work Làm bù", "2026-13-01 off x",
            "2026-02-16..2026-02-20 tet", "2026-09-03 national-day", "# comment", "", "2026-01-07 work x", "2026-1-2 off x",
            "2027-01-04 off x", "off", "2026-01-05", "2026-01-05..2026-01-09 off Nghỉ dài", "2026-09-01 national-day", "overlay x"};
        for (int i = 0; i < CASES; i++) {
            StringBuilder text = new StringBuilder();
            int lines = r.between(0, 8);
            for (int l = 0; l < lines; l++) {
                text.append(r.pick(pieces)).append(r.chance(10) ? "\r\n" : "\n");
            }
            String input = text.toString();
            assertThatCode(() -> {
                try {
                    cal.importOverlay(input);
                } catch (OverlayFormatException e) {
                    assertThat(e.line()).isBetween(1, Math.max(1, input.split("\\R", -1).length));
                }
            }).as("seed %d case %d: %s", SEED + 2, i, input).doesNotThrowAnyException();
        }
    }
}
