package vn.motcua.reports.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.Session;
import vn.motcua.AppContext;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/**
 * A small office's autumn 2026 for the dashboard, played through the real services with a
 * fixed clock up to Thursday 26/11/2026 10:00 (November has no holiday). Residence
 * registration takes 7 working days (received Monday 09:00 → due Wednesday next week 09:00).
 *
 * <pre>
 * R0 received Mon 05/10, due 14/10, ready Thu 15/10         → late (October only)
 * R1 received Mon 26/10, due Wed 04/11, open                → overdue (carried over into November)
 * R2 received Mon 02/11, due 11/11, ready Fri 06/11         → early
 * W1 received Mon 09/11, withdrawn Tue 10/11                → left out of the rate
 * R3 received Mon 09/11, due 18/11, ready Fri 20/11         → late
 * R4 received Mon 16/11, due Wed 25/11, handed to Lan 17/11 → overdue (due yesterday)
 * R8 received Tue 17/11, due Thu 26/11                      → due today: this week, not overdue
 * R5 received Wed 18/11, due Fri 27/11                      → due this week (its last working day)
 * R6 received Thu 19/11, due Mon 30/11                      → in time, next week
 * R7 received Fri 20/11, due 01/12, supplement asked 24/11  → waiting: in time, never at risk
 * </pre>
 */
final class DashboardOffice implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    final AppContext context;
    final TestClock clock;
    final Map<String, String> codes = new LinkedHashMap<>();
    private final Actor clerk;
    private final Actor chair;

    DashboardOffice(Path dir) {
        clock = new TestClock(LocalDateTime.of(2026, 10, 1, 8, 0));
        context = TestOffice.initialized(dir, clock);
        Actor[] staff = Processing.staff(context);
        clerk = staff[0];
        chair = staff[2];
    }

    /** The story above, the clock left at 26/11/2026 10:00. */
    static DashboardOffice autumn(Path dir) {
        DashboardOffice o = new DashboardOffice(dir);
        o.receive("R0", 10, 5);
        o.at(10, 15, () -> o.context.processing().resultReady(o.chair, o.code("R0"), "Đã ký"));
        o.receive("R1", 10, 26);
        o.receive("R2", 11, 2);
        o.at(11, 6, () -> o.context.processing().resultReady(o.chair, o.code("R2"), "Đã ký"));
        o.receive("R3", 11, 9);
        o.receive("W1", 11, 9);
        o.at(11, 10, () -> o.context.processing().close(o.clerk, o.code("W1"), DossierStatus.WITHDRAWN, "Công dân xin rút"));
        o.receive("R4", 11, 16);
        o.receive("R8", 11, 17);
        o.at(11, 17, () -> o.context.processing().handOver(o.clerk, o.code("R4"), new HandOver("lan", "Công an xã", null, "Xác minh")));
        o.receive("R5", 11, 18);
        o.receive("R6", 11, 19);
        o.receive("R7", 11, 20);
        o.at(11, 20, () -> o.context.processing().resultReady(o.chair, o.code("R3"), "Đã ký"));
        o.at(11, 24, () -> o.context.processing().requestSupplement(o.clerk, o.code("R7"), "Bổ sung giấy tờ"));
        o.clock.set(LocalDateTime.of(2026, 11, 26, 10, 0));
        return o;
    }

    /** Receives a residence registration at 09:00 (Vietnam) on the day given. */
    String receive(String name, int month, int day) {
        clock.set(LocalDateTime.of(2026, month, day, 9, 0));
        String code = Processing.receive(context, clerk);
        codes.put(name, code);
        return code;
    }

    /** Runs an action at 10:00 on the day given. */
    void at(int month, int day, Runnable action) {
        clock.set(LocalDateTime.of(2026, month, day, 10, 0));
        action.run();
    }

    String code(String name) {
        return codes.get(name);
    }

    <T> T read(Function<Session, T> work) {
        return context.database().sessionFactory().fromTransaction(work::apply);
    }

    Dashboard dashboard() {
        return context.dashboard();
    }

    @Override
    public void close() {
        context.close();
    }
}
