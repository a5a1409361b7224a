package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Intakes;
import vn.motcua.forms.Copies;
import vn.motcua.reports.Period;
import vn.motcua.reports.PeriodicReport;
import vn.motcua.testing.TestOffice;

/**
 * A scripted session at the desk, at service level (what the desktop and the command line both
 * call): the clerk receives, opens and prints a dossier and looks an applicant up by ID number;
 * the chair exports the periodic report and the register. The chair then reads it all back in
 * the audit trail with who and which dossier; a clerk may not read it.
 */
class AuditSessionTest {
    @TempDir
    Path dir;
    AppContext context;
    Actor clerk;
    Actor chair;
    Actor admin;

    @BeforeEach
    void office() {
        context = TestOffice.initialized(dir.resolve("data"));
        clerk = context.users().add(Actor.SYSTEM, new NewUser("lan", "Phạm Thị Lan", "mat-khau-9".toCharArray(), Set.of(Role.CLERK)))
                .asActor();
        chair = context.users().add(Actor.SYSTEM, new NewUser("chutich", "Đỗ Văn Hùng", "mat-khau-9".toCharArray(), Set.of(Role.CHAIR)))
                .asActor();
        admin = context.users().actingAs(TestOffice.ADMIN);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void viewsPrintsAndExportsAreAuditedWithActorAndSubject() throws Exception {
        String code = context.intake().receive(clerk, Intakes.accept(context, Intakes.RESIDENCE)).code();
        var story = context.dossierQuery().open(clerk, code);
        byte[] receipt = context.dossierForms().print(clerk, "01", code, Copies.TWO);
        assertThat(receipt).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        String fullId = Intakes.applicant().idNumber();
        assertThat(context.applicants().search(clerk, fullId, 5)).hasSize(1);
        context.applicants().search(clerk, "nguyen van", 5); // a name type-ahead: not a look-up by ID
        LocalDate today = WorkCalendar.toLocal(java.time.Instant.now()).toLocalDate();
        Path report = dir.resolve("bao-cao.xlsx");
        context.periodicReport().write(chair, Period.of(today.withDayOfMonth(1), today), PeriodicReport.Format.XLSX, report);
        assertThat(report).isNotEmptyFile();
        context.dossierForms().register(chair, today, today);
        context.dossierQuery().export(clerk, DossierFilter.tab(DossierFilter.Tab.ALL).withSearch(fullId), null, 0, 50);
        // a change is audited as before
        context.processing().handOver(clerk, code, new HandOver(null, "Tư pháp - Hộ tịch", null, null));

        AuditQuery audit = context.auditQuery();
        List<AuditLine> aboutDossier = audit.page(chair, new AuditFilter(null, null, null, null, code), 0, 100).lines();
        assertThat(aboutDossier).extracting(AuditLine::action)
                .contains("DOSSIER_RECEIVE", "DOSSIER_VIEW", "FORM_PRINT", "DOSSIER_HAND_OVER");
        assertThat(aboutDossier).allSatisfy(l -> {
            assertThat(l.subjectId()).isEqualTo(story.dossier().id().toString());
            assertThat(l.subjectLabel()).isEqualTo(code);
            assertThat(l.user()).isEqualTo("lan");
        });
        AuditLine print = only(audit, "FORM_PRINT");
        assertThat(print.detail()).contains("form=01").contains(code);
        assertThat(only(audit, "DOSSIER_VIEW").subjectLabel()).isEqualTo(code);

        AuditLine export = only(audit, "REPORT_EXPORT");
        assertThat(export.user()).isEqualTo("chutich");
        assertThat(export.detail()).contains("XLSX").contains("bao-cao.xlsx");

        List<AuditLine> dossierExports = audit.page(chair, new AuditFilter(null, null, null, "DOSSIER_EXPORT", null), 0, 10).lines();
        assertThat(dossierExports).extracting(AuditLine::user).containsExactly("lan", "chutich"); // newest first
        assertThat(dossierExports.get(1).detail()).contains("form=07").contains("rows=1");
        assertThat(dossierExports.get(0).detail()).contains("rows=1").doesNotContain(fullId).contains(mask(fullId));

        AuditLine lookup = only(audit, "APPLICANT_LOOKUP");
        assertThat(lookup.user()).isEqualTo("lan");
        assertThat(lookup.detail()).doesNotContain(fullId).contains(mask(fullId)).contains("found=1");
        // nothing anywhere in the trail carries the full number
        assertThat(audit.page(admin, AuditFilter.ALL, 0, 1000).lines()).allSatisfy(l ->
                assertThat(String.valueOf(l.detail())).doesNotContain(fullId));
    }

    @Test
    void reloadsAfterAnActionAreNotViewsButEachOpeningIs() {
        String code = context.intake().receive(clerk, Intakes.accept(context, Intakes.RESIDENCE)).code();
        context.dossierQuery().open(clerk, code);
        context.dossierQuery().story(code); // a repaint reads without auditing
        context.dossierQuery().open(clerk, code);
        assertThat(context.auditQuery().page(chair, new AuditFilter(null, null, "lan", "DOSSIER_VIEW", null), 0, 10).total())
                .isEqualTo(2);
    }

    @Test
    void onlyTheChairAndTheAdministratorReadTheTrail() {
        UserFacingException refused = catchThrowableOfType(() -> context.auditQuery().page(clerk, AuditFilter.ALL, 0, 10),
                UserFacingException.class);
        assertThat(refused.key()).isEqualTo("security.forbidden");
        Path out = dir.resolve("nhat-ky.csv");
        UserFacingException exportRefused = catchThrowableOfType(() -> context.auditQuery().export(clerk, AuditFilter.ALL, out),
                UserFacingException.class);
        assertThat(exportRefused.key()).isEqualTo("security.forbidden");
        assertThat(out).doesNotExist();
        assertThat(context.auditQuery().page(chair, AuditFilter.ALL, 0, 10).total()).isPositive();
        assertThat(context.auditQuery().page(admin, AuditFilter.ALL, 0, 10).total()).isPositive();
    }

    @Test
    void theExportWritesTheFilterAsCsvAndIsItselfAudited() throws Exception {
        String code = context.intake().receive(clerk, Intakes.accept(context, Intakes.RESIDENCE)).code();
        context.dossierQuery().open(clerk, code);
        Path out = dir.resolve("nhat-ky.csv");
        long written = context.auditQuery().export(chair, new AuditFilter(null, null, "lan", null, null), out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFSTT,Thời gian,Người dùng");
        assertThat(lines).hasSize((int) written + 1);
        assertThat(written).isEqualTo(context.auditQuery().page(chair, new AuditFilter(null, null, "lan", null, null), 0, 100).total());
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(",lan,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("DOSSIER_VIEW").contains(code));
        AuditLine exported = only(context.auditQuery(), "AUDIT_EXPORT");
        assertThat(exported.user()).isEqualTo("chutich");
        assertThat(exported.detail()).contains("user=lan").contains("entries=" + written).contains("nhat-ky.csv");
    }

    @Test
    void aReversedRangeIsRefusedNamingBothDays() {
        UserFacingException e = catchThrowableOfType(() -> new AuditFilter(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 1),
                null, null, null), UserFacingException.class);
        assertThat(e.key()).isEqualTo("audit.filter.badRange");
    }

    private AuditLine only(AuditQuery audit, String action) {
        List<AuditLine> lines = audit.page(chair, new AuditFilter(null, null, null, action, null), 0, 10).lines();
        assertThat(lines).as(action).hasSize(1);
        return lines.get(0);
    }

    private static String mask(String id) {
        return vn.motcua.citizen.PersonalIds.mask(id);
    }
}
