package vn.motcua.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.AppContext;
import vn.motcua.calendar.HolidayRules;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.calendar.WorkCalendar;

/**
 * Due-date speed (issue 4, "Speed"): a 30-working-day budget under the calendar in force,
 * median nanoseconds per call next to a same-run baseline (a plain weekday-only loop of
 * {@link LocalDate#plusDays}), and the time to recompute 1,000,000 due dates on a freshly
 * built calendar version (its year tables built once, inside the timing). Targets: ≤ 2 µs
 * median, < 2 s for the million. Prints only; run with {@code ./mvnw -Pbench verify}.
 */
class DeadlineBench {
    private static final int BUDGET_DAYS = 30;
    private static final int RECEIPTS = 4096;
    private static final int BATCH = 20_000;
    private static final int ROUNDS = 41;

    private long sink;

    @Test
    void dueDateForThirtyWorkingDays() {
        WorkCalendar calendar = AppContext.shippedCalendar().inForce();
        TimeBudget budget = TimeBudget.workingDays(BUDGET_DAYS);
        LocalDateTime[] receipts = receipts(new Random(20231027));

        for (int i = 0; i < 300_000; i++) { // warm-up: JIT and the year tables
            sink += calendar.due(receipts[i & (RECEIPTS - 1)], budget).orElseThrow().getDayOfYear();
            sink += plainLoop(receipts[i & (RECEIPTS - 1)].toLocalDate()).getDayOfYear();
        }
        double due = medianNanos(() -> {
            for (int i = 0; i < BATCH; i++) {
                sink += calendar.due(receipts[i & (RECEIPTS - 1)], budget).orElseThrow().getDayOfYear();
            }
        });
        double baseline = medianNanos(() -> {
            for (int i = 0; i < BATCH; i++) {
                sink += plainLoop(receipts[i & (RECEIPTS - 1)].toLocalDate()).getDayOfYear();
            }
        });

        // a calendar change: a new version, its tables built on first use, then every open dossier recomputed
        long t0 = System.nanoTime();
        WorkCalendar fresh = WorkCalendar.of(HolidayRules.laborCode2019(), OfficeHours.standard(),
                calendar.overlay(2026).map(List::of).orElse(List.of()));
        for (int i = 0; i < 1_000_000; i++) {
            sink += fresh.due(receipts[i & (RECEIPTS - 1)], budget).orElseThrow().getDayOfYear();
        }
        double millionSeconds = (System.nanoTime() - t0) / 1e9;

        System.out.printf("%nDeadlineBench (%s)%n", calendar.version());
        System.out.printf("  due date, %d working days      median %8.1f ns/call   (target <= 2000 ns)%n", BUDGET_DAYS, due);
        System.out.printf("  baseline: %d x LocalDate.plusDays median %8.1f ns/call   (weekdays only, no holidays)%n",
                BUDGET_DAYS, baseline);
        System.out.printf("  ratio due/baseline                  %8.2f%n", due / baseline);
        System.out.printf("  recompute 1,000,000 due dates       %8.3f s        (target < 2 s, fresh calendar version)%n",
                millionSeconds);
        System.out.printf("  (checksum %d)%n%n", sink);
    }

    /** Receipts in 2025–2027 at random minutes between 06:00 and 18:59, all days of the week. */
    private static LocalDateTime[] receipts(Random random) {
        LocalDateTime[] receipts = new LocalDateTime[RECEIPTS];
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < RECEIPTS; i++) {
            receipts[i] = first.plusDays(random.nextInt(3 * 365)).atTime(6 + random.nextInt(13), random.nextInt(60));
        }
        return receipts;
    }

    /** What a naive implementation does: walk day by day, counting Monday–Friday only. */
    private static LocalDate plainLoop(LocalDate from) {
        LocalDate d = from;
        int n = 0;
        while (n < BUDGET_DAYS) {
            d = d.plusDays(1);
            DayOfWeek w = d.getDayOfWeek();
            if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return d;
    }

    private static double medianNanos(Runnable batch) {
        double[] perCall = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            batch.run();
            perCall[r] = (System.nanoTime() - t0) / (double) BATCH;
        }
        Arrays.sort(perCall);
        return perCall[ROUNDS / 2];
    }
}
