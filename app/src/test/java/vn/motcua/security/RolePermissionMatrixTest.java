package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.history.HistoryProgress;
import vn.motcua.reports.Period;
import vn.motcua.reports.PeriodicReport;
import vn.motcua.signing.DossierSigning;
import vn.motcua.signing.SigningKey;
import vn.motcua.signing.SigningKeys;
import vn.motcua.signing.TestCa;
import vn.motcua.signing.TestPdfs;
import vn.motcua.testing.TestOffice;

/**
 * Every permission × every role, on a real office: one real service method guarded by the
 * permission is called by an account holding only that role. Allowed exactly when
 * {@link Permissions} says so; a refusal is {@code security.forbidden} and writes nothing (no
 * audit line, outbox entry or row in the tables a guarded call writes). A permission with no
 * case here fails the test, so the table cannot grow without being exercised.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePermissionMatrixTest {
    private static final List<String> WRITTEN_TABLES = List.of("audit_entry", "outbox_entry", "dossier", "dossier_status_event",
            "dossier_document", "dossier_step", "dossier_signature", "app_user", "catalog_version", "calendar_overlay",
            "sync_config", "document_check_run", "sync_bundle");

    Path tmp;
    AppContext context;
    final Map<Role, Actor> accounts = new EnumMap<>(Role.class);
    final Map<Permission, Fixture> cases = new EnumMap<>(Permission.class);
    final AtomicInteger serial = new AtomicInteger();
    Path p12;

    /** Sets up what one call needs (as the system) and returns the call. */
    interface Fixture {
        Call prepare() throws Exception;
    }

    interface Call {
        void run(Actor actor) throws Exception;
    }

    @BeforeAll
    void office(@TempDir Path dir) throws Exception {
        tmp = dir;
        context = TestOffice.initialized(tmp.resolve("data"));
        for (Role r : Role.values()) {
            String name = "tk." + r.name().toLowerCase(java.util.Locale.ROOT);
            accounts.put(r, context.users().add(Actor.SYSTEM,
                    new NewUser(name, "Người " + r.name(), "mat-khau-9".toCharArray(), Set.of(r))).asActor());
        }
        p12 = new TestCa().signer().pkcs12(tmp.resolve("chu-tich.p12"), "mat-khau");
        cases();
    }

    @AfterAll
    void close() {
        context.close();
    }

    private String received() {
        return context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
    }

    private Path file(String name) {
        return tmp.resolve(serial.incrementAndGet() + "-" + name);
    }

    private void cases() {
        cases.put(Permission.RECEIVE_DOSSIER, () -> actor -> context.intake().receive(actor, Intakes.accept(context, Intakes.RESIDENCE)));
        cases.put(Permission.DIGITIZE, () -> {
            String code = received();
            String component = Intakes.firstMandatoryPaper(Intakes.procedure(context, Intakes.RESIDENCE)).code();
            Path pdf = TestPdfs.write(file("giay-to.pdf"), 1);
            return actor -> context.documents().importFiles(actor, code, component, List.of(pdf));
        });
        cases.put(Permission.PROCESS_DOSSIER, () -> {
            String code = received();
            return actor -> context.processing().handOver(actor, code, new HandOver(null, "Tư pháp - Hộ tịch", null, null));
        });
        cases.put(Permission.RETURN_RESULT, () -> {
            String code = received();
            context.processing().resultReady(Actor.SYSTEM, code, null);
            return actor -> context.processing().returnResult(actor, code, null, null);
        });
        cases.put(Permission.SIGN, () -> {
            String code = received();
            context.processing().extend(Actor.SYSTEM, code, 2, "Cần xác minh thêm");
            return actor -> {
                try (SigningKey key = SigningKeys.pkcs12(p12, "mat-khau".toCharArray())) {
                    context.signing().sign(actor, code, DossierSigning.What.FORM_04, key);
                }
            };
        });
        cases.put(Permission.COLLECT_FEES, () -> {
            String code = received();
            return actor -> context.fees().pay(actor, code, PaymentMethod.CASH, "BL-" + serial.incrementAndGet());
        });
        cases.put(Permission.EXPORT_REPORTS, () -> {
            Path out = file("bao-cao.csv");
            return actor -> {
                context.periodicReport().write(actor, Period.parse("2026"), PeriodicReport.Format.CSV, out);
                assertThat(out).exists();
            };
        });
        cases.put(Permission.MANAGE_USERS, () -> actor -> context.users().add(actor,
                new NewUser("moi." + serial.incrementAndGet(), "Tài khoản mới", "mat-khau-9".toCharArray(), Set.of(Role.CLERK))));
        cases.put(Permission.MANAGE_CATALOG, () -> {
            Path json = file("danh-muc.json");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("data/catalog/starter-2025.07.json")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Files.writeString(json, text.replace("starter-2025.07", "tinh-" + serial.incrementAndGet()));
            }
            return actor -> context.catalog().importFile(actor, json, false);
        });
        cases.put(Permission.MANAGE_CALENDAR, () -> {
            String text = "overlay 2026 version 2026." + serial.incrementAndGet() + "\n2026-12-31 off Nghỉ thử\n";
            return actor -> context.calendar().importOverlay(actor, text, false);
        });
        cases.put(Permission.CONFIGURE_OFFICE, () -> actor -> context.office().setHours(actor, "07:00-11:00", "13:00-16:30", null));
        cases.put(Permission.CONFIGURE_SYNC, () -> actor -> context.sync().settings().configure(actor, "http://127.0.0.1:9",
                "xa-vu-ban", "bi-mat-123".toCharArray()));
        // the three below pass the gate and then stop at what they need (an entry, a file): a
        // non-security refusal after the gate counts as allowed, the gate runs before any read
        cases.put(Permission.RESOLVE_SYNC_PROBLEMS, () -> actor -> context.syncProblems().resend(actor, UUID.randomUUID()));
        cases.put(Permission.TRANSFER_SYNC_BUNDLE, () -> actor -> context.sync().bundleAcks().importAck(actor, tmp.resolve("khong-co.json")));
        cases.put(Permission.IMPORT_HISTORY, () -> actor -> context.historyImport().importFile(actor, tmp.resolve("khong-co.csv"),
                HistoryProgress.NONE));
        cases.put(Permission.VIEW_AUDIT, () -> actor -> assertThat(context.auditQuery()
                .page(actor, AuditFilter.ALL, 0, 10).lines()).isNotEmpty());
        cases.put(Permission.VERIFY_DOCUMENTS, () -> actor -> context.integrity().runNow(actor, "manual"));
    }

    /** Permissions whose allowed call stops after the gate (see above) rather than completing. */
    private static final Set<Permission> GATE_ONLY = Set.of(Permission.RESOLVE_SYNC_PROBLEMS, Permission.TRANSFER_SYNC_BUNDLE,
            Permission.IMPORT_HISTORY);

    Stream<Arguments> everyPermissionAndRole() {
        List<Arguments> all = new ArrayList<>();
        for (Permission p : Permission.values()) {
            for (Role r : Role.values()) {
                all.add(Arguments.of(p, r));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyPermissionAndRole")
    void theTableDecides(Permission permission, Role role) throws Exception {
        boolean expected = Permissions.of(role).contains(permission);
        UserFacingException refusal = attempt(permission, accounts.get(role));
        if (expected) {
            assertThat(refusal).as("%s may %s", role, permission).satisfiesAnyOf(
                    e -> assertThat(e).isNull(),
                    e -> {
                        assertThat(GATE_ONLY).contains(permission);
                        assertThat(e.key()).isNotEqualTo("security.forbidden");
                    });
        } else {
            assertThat(refusal).as("%s may not %s", role, permission).isNotNull();
            assertThat(refusal.key()).isEqualTo("security.forbidden");
        }
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void theSystemMayDoEverything(Permission permission) throws Exception {
        UserFacingException refusal = attempt(permission, Actor.SYSTEM);
        if (refusal != null) {
            assertThat(GATE_ONLY).contains(permission);
            assertThat(refusal.key()).isNotEqualTo("security.forbidden");
        }
    }

    @Test
    void anAccountWithNoRoleMayDoNothing() throws Exception {
        Actor nobody = new Actor(UUID.randomUUID(), "khong.vai.tro", "Không vai trò", Set.of());
        for (Permission p : Permission.values()) {
            assertThat(attempt(p, nobody)).as(p.name()).isNotNull().extracting(UserFacingException::key).isEqualTo("security.forbidden");
        }
    }

    @Test
    void theRefusalNamesTheActionAndTheRolesThatMay() {
        Actor specialist = accounts.get(Role.SPECIALIST);
        UserFacingException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> specialist.require(Permission.COLLECT_FEES), UserFacingException.class);
        assertThat(e.localized(Messages.of(Language.VI))).contains("thu, miễn, hoàn phí và lệ phí").contains("Tiếp nhận")
                .doesNotContain("Chuyên môn");
        UserFacingException sign = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> accounts.get(Role.CLERK).require(Permission.PROCESS_DOSSIER), UserFacingException.class);
        assertThat(sign).isNull();
        UserFacingException export = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> accounts.get(Role.CLERK).require(Permission.EXPORT_REPORTS), UserFacingException.class);
        assertThat(export.localized(Messages.of(Language.EN))).contains("export the periodic report").contains("Chair, Administrator");
    }

    @Test
    void everyRoleHoldsSomethingAndEveryPermissionHasARole() {
        for (Role r : Role.values()) {
            assertThat(Permissions.of(r)).as(r.name()).isNotEmpty();
        }
        for (Permission p : Permission.values()) {
            assertThat(Permissions.rolesFor(p)).as(p.name()).isNotEmpty();
        }
        // least privilege (domain reference §1, §11): the administrator handles no citizen's dossier by that role alone
        assertThat(Permissions.of(Role.ADMINISTRATOR)).doesNotContain(Permission.RECEIVE_DOSSIER, Permission.DIGITIZE,
                Permission.PROCESS_DOSSIER, Permission.RETURN_RESULT, Permission.SIGN, Permission.COLLECT_FEES);
    }

    /** Runs the permission's case; null when it went through, else the refusal (checked to have written nothing). */
    private UserFacingException attempt(Permission permission, Actor actor) throws Exception {
        Fixture fixture = cases.get(permission);
        if (fixture == null) {
            fail("no test case for " + permission + ": add one calling a service method it guards");
        }
        Call call = fixture.prepare();
        Map<String, Long> before = counts();
        try {
            call.run(actor);
            return null;
        } catch (UserFacingException e) {
            if (e.key().equals("security.forbidden")) {
                assertThat(counts()).as("a refused %s writes nothing", permission).isEqualTo(before);
            }
            return e;
        }
    }

    private Map<String, Long> counts() {
        return context.database().sessionFactory().fromTransaction(s -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (String table : WRITTEN_TABLES) {
                counts.put(table, ((Number) s.createNativeQuery("select count(*) from " + table, Long.class).getSingleResult())
                        .longValue());
            }
            return counts;
        });
    }
}
