package vn.motcua.ui.dossiers;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.office.OfficeSetup;
import vn.motcua.security.Actor;
import vn.motcua.security.NewUser;
import vn.motcua.security.PasswordHasher;
import vn.motcua.security.Role;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;

/**
 * A real office on a fixed clock ("now" is a Wednesday morning) with dossiers received through
 * the intake service on earlier working days, so each tab of the list holds known dossiers; one
 * waits for a supplement, one is withdrawn; a colleague to hand dossiers to.
 */
final class ListOffice implements AutoCloseable {
    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 12, 10, 0);
    static final String COLLEAGUE = "thu";
    static final String COLLEAGUE_NAME = "Lê Thị Thu";

    final vn.motcua.testing.TestClock clock = new vn.motcua.testing.TestClock(WorkCalendar.toInstant(NOW));
    final AppContext context;
    final Actor admin;
    /** code → applicant name, in receipt order. */
    final Map<String, String> applicants = new LinkedHashMap<>();
    String waiting;
    String withdrawn;
    private int idSerial;

    private ListOffice(Path dir) {
        context = AppContext.open(new DataDirectory(dir).prepare(), new PasswordHasher(1_000), clock);
        context.office().initialize(new OfficeSetup(TestOffice.AGENCY, "Trung tâm Phục vụ hành chính công xã Vụ Bản",
                "Nam Định", "https://dichvucong.example.vn", TestOffice.ADMIN, "Trần Văn Quản", TestOffice.ADMIN_PASSWORD.toCharArray()));
        admin = context.users().actingAs(TestOffice.ADMIN);
        context.users().add(admin, new NewUser(COLLEAGUE, COLLEAGUE_NAME, "mat-khau-9".toCharArray(), Set.of(Role.SPECIALIST)));
    }

    /** The named dossiers of the tabs, plus {@code fillers} more received on recent days by a seeded generator. */
    static ListOffice seeded(Path dir, int fillers) {
        ListOffice o = new ListOffice(dir);
        o.receive("Đặng Thị Hồng", Sex.FEMALE, 7);
        o.receive("Đặng Văn Hồng", Sex.MALE, 7);
        o.receive("Nguyễn Văn An", Sex.MALE, 8);
        o.receive("Trần Văn Bình", Sex.MALE, 9);
        o.receive("Phạm Thị Lan", Sex.FEMALE, 6);
        o.receive("Phạm Thị Lan", Sex.FEMALE, 6);
        o.withdrawn = o.receive("Phạm Thị Lan", Sex.FEMALE, 6);
        o.receive("Hoàng Văn Hùng", Sex.MALE, 5);
        o.receive("Ngô Thị Hồng Nhung", Sex.FEMALE, 3);
        o.receive("Vũ Thị Mai", Sex.FEMALE, 1);
        o.waiting = o.receive("Bùi Văn Toàn", Sex.MALE, 2);
        o.context.processing().requestSupplement(o.admin, o.waiting, "Bản sao giấy khai sinh");
        o.context.processing().close(o.admin, o.withdrawn, DossierStatus.WITHDRAWN, "Công dân rút hồ sơ");
        Random r = new Random(20250312L);
        String[] family = {"Lý", "Đỗ", "Hồ", "Dương", "Trịnh", "Mai", "Tô", "Cao"};
        String[] middle = {"Văn", "Thị", "Minh", "Quang", "Thu", "Đức"};
        String[] given = {"Khoa", "Yến", "Tâm", "Phúc", "Linh", "Sơn", "Hà", "Quân", "Trang"};
        for (int i = 0; i < fillers; i++) {
            String name = family[r.nextInt(family.length)] + " " + middle[r.nextInt(middle.length)] + " " + given[r.nextInt(given.length)];
            o.receive(name, r.nextBoolean() ? Sex.MALE : Sex.FEMALE, r.nextInt(5));
        }
        return o;
    }

    /** Receives a permanent-residence dossier at 9:00, {@code workingDaysBack} working days before today. */
    String receive(String name, Sex sex, int workingDaysBack) {
        LocalDate day = NOW.toLocalDate();
        WorkCalendar rules = context.calendar().inForce();
        for (int n = 0; n < workingDaysBack; ) {
            day = day.minusDays(1);
            if (rules.isWorkingDay(day)) {
                n++;
            }
        }
        String id = (sex == Sex.MALE ? "0010" : "0011") + "90" + String.format("%06d", ++idSerial);
        ApplicantDetails who = new ApplicantDetails(name, id, LocalDate.of(1990, 5, 17), sex, "Thôn Đông, xã Vụ Bản, tỉnh Nam Định",
                "0912345678", null);
        clock.set(WorkCalendar.toInstant(day.atTime(9, 0)));
        try {
            var p = Intakes.procedure(context, Intakes.RESIDENCE);
            String code = context.intake().receive(admin, IntakeRequest.accept(Intakes.RESIDENCE, who, Intakes.complete(p, 1, 2))).code();
            applicants.put(code, name);
            return code;
        } finally {
            clock.set(WorkCalendar.toInstant(NOW));
        }
    }

    /** The oracle: which due tab a dossier belongs in, judged from its stored due date and status. */
    Optional<DossierFilter.Tab> expectedTab(String code) {
        Dossier d = context.dossiers().byCode(code).orElseThrow();
        if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            return Optional.of(DossierFilter.Tab.WAITING);
        }
        if (!d.status().clockRuns() || d.dueAt() == null) {
            return Optional.empty();
        }
        LocalDate today = NOW.toLocalDate();
        LocalDate due = WorkCalendar.toLocal(d.dueAt()).toLocalDate();
        if (due.isBefore(today)) {
            return Optional.of(DossierFilter.Tab.OVERDUE);
        }
        if (due.equals(today)) {
            return Optional.of(DossierFilter.Tab.TODAY);
        }
        LocalDate soonEnd = context.calendar().inForce().addWorkingDays(today, vn.motcua.dossier.DossierQuery.DUE_SOON_DAYS);
        return due.isAfter(soonEnd) ? Optional.empty() : Optional.of(DossierFilter.Tab.DUE_SOON);
    }

    /** Codes the oracle puts under {@code tab} (ALL: every dossier). */
    List<String> expected(DossierFilter.Tab tab) {
        List<String> out = new ArrayList<>();
        for (String code : applicants.keySet()) {
            if (tab == DossierFilter.Tab.ALL || expectedTab(code).equals(Optional.of(tab))) {
                out.add(code);
            }
        }
        return out;
    }

    @Override
    public void close() {
        context.close();
    }
}
