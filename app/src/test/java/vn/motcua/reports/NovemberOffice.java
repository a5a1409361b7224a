package vn.motcua.reports;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.AppContext;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.IntakeOutcome;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;
import vn.motcua.testing.TestClock;

/**
 * A small office's autumn 2026, built through the intake and processing services with a fixed
 * clock, one dossier per rule of the on-time figures (letters as in the README's examples).
 * Residence registration (1.004222, field "Cư trú") takes 7 working days: received Monday 09:00,
 * due the Wednesday of the next week 09:00. Birth registration (1.001193, "Hộ tịch") is same-day.
 * November has no public holiday.
 *
 * <pre>
 * A  received 26/10, never finished, due 04/11                → Nov: carried over, open overdue
 * B  received 19/10 (due 28/10), unit Công an xã, ready 03/11 → Nov: carried over, resolved late
 * C  received 12/10, ready 15/10                              → Nov: not counted (closed before)
 * D  received 02/11 (due 11/11), unit Công an xã, ready 06/11 → early
 * E  received 02/11 10:00, ready 11/11 18:30 (due day, after closing) → on time
 * G  received 03/11, refused 04/11                            → refused
 * H  received 05/11, withdrawn 06/11                          → withdrawn
 * F  received 09/11 (due 18/11), extended 2 days on 17/11 (due 20/11), ready 20/11 15:00 → on time
 * N  refused at the counter 10/11                             → refused
 * Q  received 11/11, unit Tư pháp - Hộ tịch, stopped 12/11     → stopped
 * K  received 16/11 (due 25/11), extended 5 days on 01/12     → open overdue (due 25/11 in force at the end)
 * I  received 23/11, supplement asked 25/11, brought 03/12    → waiting for supplement (paused across the end)
 * L  received 23/11 09:30 (due 02/12), ready 27/11, returned 02/12 → early
 * O  received 24/11 (due 03/12), supplement asked 02/12       → open in time (status 2 at the end, not 5)
 * J  received 30/11 08:00 (due 09/12)                         → open in time
 * P  birth, received 30/11 14:00 by Đỗ Thị Mai, due that day  → open in time (due on the judging day)
 * M  received 01/12                                           → Nov: not counted
 * </pre>
 */
public final class NovemberOffice {
    public static final Period NOVEMBER = Period.parse("2026-11");
    public static final Period OCTOBER = Period.parse("2026-10");
    public static final String POLICE = "Công an xã";
    public static final String JUSTICE = "Tư pháp - Hộ tịch";
    public static final String THU = "Nguyễn Thị Thu";
    public static final String MAI = "Đỗ Thị Mai";

    /** Letter → dossier code. */
    public final Map<String, String> codes = new LinkedHashMap<>();
    private final AppContext context;
    private final TestClock clock;
    private final Actor clerk;
    private final Actor specialist;
    private final Actor chair;
    private final Actor clerk2;
    private final List<Step> steps = new ArrayList<>();
    private final int year;

    private record Step(LocalDateTime at, Runnable action) {
    }

    private NovemberOffice(AppContext context, TestClock clock, int year) {
        this.context = context;
        this.year = year;
        this.clock = clock;
        Actor[] staff = Processing.staff(context);
        clerk = staff[0];
        specialist = staff[1];
        chair = staff[2];
        clerk2 = context.users().add(Actor.SYSTEM, new NewUser("mai", MAI, "mat-khau-9".toCharArray(), Set.of(Role.CLERK))).asActor();
    }

    /** Everything up to 10/12/2026 09:00, the clock left there. */
    public static NovemberOffice build(AppContext context, TestClock clock) {
        return build(context, clock, LocalDateTime.of(2026, 12, 10, 9, 0));
    }

    /**
     * What happened before {@code now}, the clock left at {@code now}; the story is played in
     * {@code now}'s year (2020 has the weekdays of 2026 from March on, and no holiday in autumn either).
     */
    public static NovemberOffice build(AppContext context, TestClock clock, LocalDateTime now) {
        NovemberOffice o = new NovemberOffice(context, clock, now.getYear());
        o.script();
        for (Step s : o.steps) {
            if (s.at().isBefore(now)) {
                clock.set(s.at());
                s.action().run();
            }
        }
        clock.set(now);
        return o;
    }

    public String code(String letter) {
        return codes.get(letter);
    }

    private void script() {
        receive(10, 12, 9, 0, "C");
        ready(10, 15, 10, 0, "C");
        receive(10, 19, 9, 0, "B");
        at(10, 20, 9, 0, () -> context.processing().handOver(clerk, code("B"), new HandOver("lan", POLICE, null, "Thẩm định")));
        receive(10, 26, 9, 0, "A");
        receive(11, 2, 9, 0, "D");
        receive(11, 2, 10, 0, "E");
        receive(11, 3, 9, 0, "G");
        ready(11, 3, 10, 0, "B");
        at(11, 4, 9, 0, () -> context.processing().close(chair, code("G"), DossierStatus.REFUSED, "Không đủ điều kiện"));
        receive(11, 5, 9, 0, "H");
        at(11, 5, 10, 0, () -> context.processing().handOver(clerk, code("D"), new HandOver("lan", POLICE, null, "Thẩm định")));
        at(11, 6, 9, 0, () -> context.processing().close(clerk, code("H"), DossierStatus.WITHDRAWN, "Công dân xin rút"));
        ready(11, 6, 10, 0, "D");
        receive(11, 9, 9, 0, "F");
        at(11, 10, 9, 0, () -> codes.put("N", context.intake().receive(clerk, new IntakeRequest(null, Intakes.RESIDENCE,
                Intakes.applicant(), null, null, Intakes.complete(Intakes.procedure(context, Intakes.RESIDENCE), 1, 2), null, null,
                1, null, IntakeOutcome.REFUSE, "Không thuộc thẩm quyền của xã")).code()));
        receive(11, 11, 9, 0, "Q");
        ready(11, 11, 18, 30, "E");
        at(11, 12, 9, 0, () -> context.processing().handOver(clerk, code("Q"), new HandOver("lan", JUSTICE, null, "Thẩm định")));
        at(11, 12, 10, 0, () -> context.processing().close(specialist, code("Q"), DossierStatus.STOPPED, "Dừng theo yêu cầu"));
        receive(11, 16, 9, 0, "K");
        at(11, 17, 9, 0, () -> context.processing().extend(chair, code("F"), 2, "Cần xác minh thêm"));
        ready(11, 20, 15, 0, "F");
        receive(11, 23, 9, 0, "I");
        receive(11, 23, 9, 30, "L");
        receive(11, 24, 9, 0, "O");
        at(11, 25, 9, 0, () -> context.processing().requestSupplement(clerk, code("I"), "Bổ sung giấy khai sinh"));
        ready(11, 27, 9, 0, "L");
        receive(11, 30, 8, 0, "J");
        at(11, 30, 14, 0, () -> codes.put("P", context.intake().receive(clerk2, Intakes.accept(context, Intakes.BIRTH)).code()));
        at(12, 1, 9, 0, () -> context.processing().extend(chair, code("K"), 5, "Chờ ý kiến cơ quan khác"));
        receive(12, 1, 10, 0, "M");
        at(12, 2, 9, 0, () -> context.processing().returnResult(clerk, code("L"), null, null));
        at(12, 2, 10, 0, () -> context.processing().requestSupplement(clerk, code("O"), "Bổ sung ảnh"));
        at(12, 3, 9, 0, () -> context.processing().receiveSupplement(clerk, code("I"), null));
    }

    private void receive(int month, int day, int hour, int minute, String letter) {
        at(month, day, hour, minute, () -> codes.put(letter, Processing.receive(context, clerk)));
    }

    private void ready(int month, int day, int hour, int minute, String letter) {
        at(month, day, hour, minute, () -> context.processing().resultReady(chair, code(letter), "Đã ký"));
    }

    private void at(int month, int day, int hour, int minute, Runnable action) {
        steps.add(new Step(LocalDateTime.of(year, month, day, hour, minute), action));
    }
}
