package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.catalog.ComponentQuantity;
import vn.motcua.catalog.Procedure;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.Numbering;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

class IntakeServiceTest {
    @TempDir
    Path dir;
    AppContext context;
    SessionFactory db;

    @BeforeEach
    void open() {
        context = TestOffice.initialized(dir);
        db = context.database().sessionFactory();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void acceptingWritesTheDossierWithEverythingThatBelongsToIt() {
        Procedure p = Intakes.procedure(context, Intakes.CERTIFIED_COPY);
        IntakeResult r = context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), Intakes.applicant(), Intakes.complete(p, 3, 5)));

        assertThat(r.code()).matches("000\\.00\\.06\\.H56-\\d{6}-0001");
        assertThat(r.status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(r.dueAt()).isNotNull().isAfterOrEqualTo(context.dossiers().require(r.code()).receivedAt());
        Dossier d = context.dossiers().require(r.code());
        assertThat(d.catalogVersion()).isEqualTo(context.catalog().current().version());
        assertThat(d.calendarVersion()).isEqualTo(context.calendar().inForce().version());
        assertThat(d.components()).hasSize(p.components().size());
        assertThat(d.applicant().fullName()).isEqualTo("Nguyễn Văn An");
        // 3 copies of a 5-page original: 2 pages at 2,000 + 3 pages at 1,000 = 7,000 per copy
        long papers = Intakes.copiedComponents(p);
        assertThat(context.dossiers().fees(d.id())).extracting(DossierFee::amount).containsExactly(papers * 3 * 7_000);
        assertThat(count("select count(*) from dossier_status_event where dossier_id = :d and to_status = 2", d.id())).isEqualTo(1);
        assertThat(count("select count(*) from deadline_ledger where dossier_id = :d and due_at is not null", d.id())).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where subject_id = :d and action = 'DOSSIER_RECEIVE'", d.id().toString())).isEqualTo(1);
        String payload = db.fromTransaction(s -> s.createNativeQuery("select payload from outbox_entry where aggregate_id = :d", String.class)
                .setParameter("d", d.id()).getSingleResult());
        assertThat(payload).contains("\"MaHoSo\":\"" + r.code() + "\"", "\"MaTTHC\":\"2.000815\"", "\"TrangThaiHoSo\":2");
    }

    @Test
    void badInputConsumesNoCodeAndWritesNothing() {
        Procedure p = Intakes.procedure(context, Intakes.RESIDENCE);
        ApplicantDetails good = Intakes.applicant();
        List<ComponentQuantity> complete = Intakes.complete(p, 1, 1);
        String missingPaper = Intakes.firstMandatoryPaper(p).code();
        List<IntakeRequest> bad = List.of(
                IntakeRequest.accept(p.code(), withId(good, "00109001234"), complete),       // 11 digits
                IntakeRequest.accept(p.code(), withId(good, "001091012345"), complete),      // born 1990, ID says 1991
                IntakeRequest.accept(p.code(), withId(good, "001190012345"), complete),      // digit 4 says female
                IntakeRequest.accept(p.code(), good, complete.stream().filter(c -> !c.code().equals(missingPaper)).toList()),
                IntakeRequest.accept(p.code(), good, List.of(new ComponentQuantity(missingPaper, -1, 0, 0, 1))),
                IntakeRequest.accept("9.999999", good, complete),
                IntakeRequest.accept(p.code(), good, List.of(new ComponentQuantity("no-such-paper", 1, 0, 0, 1))));
        for (IntakeRequest request : bad) {
            assertThatThrownBy(() -> context.intake().receive(Actor.SYSTEM, request)).isInstanceOf(UserFacingException.class);
        }
        assertThat(count("select count(*) from dossier")).isZero();
        assertThat(count("select count(*) from outbox_entry")).isZero();
        IntakeResult ok = context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), good, complete));
        assertThat(ok.code()).endsWith("-0001");
    }

    @Test
    void missingPaperNamesTheComponent() {
        Procedure p = Intakes.procedure(context, Intakes.RESIDENCE);
        var missing = Intakes.firstMandatoryPaper(p);
        assertThatThrownBy(() -> context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), Intakes.applicant(), List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("dossier.missingComponent");
                    assertThat(e.args()[0].toString()).contains(missing.name());
                });
    }

    @Test
    void decomposedVietnameseIsStoredAsNfc() {
        String nfd = Normalizer.normalize("Đặng Thị Hường", Normalizer.Form.NFD);
        ApplicantDetails a = Intakes.applicant();
        ApplicantDetails typed = new ApplicantDetails(nfd, "001190012345", LocalDate.of(1990, 1, 2), Sex.FEMALE,
                Normalizer.normalize("Xóm Trại, xã Vụ Bản", Normalizer.Form.NFD), a.phone(), null);
        Procedure p = Intakes.procedure(context, Intakes.CERTIFIED_COPY);
        IntakeResult r = context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), typed, Intakes.complete(p, 1, 1)));
        Dossier d = context.dossiers().require(r.code());
        assertThat(d.applicant().fullName()).isEqualTo("Đặng Thị Hường");
        assertThat(Normalizer.isNormalized(d.applicant().fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(d.applicant().address()).isEqualTo("Xóm Trại, xã Vụ Bản");
        assertThat(count("select count(*) from dossier where applicant_search = 'dang thi huong'")).isEqualTo(1);
    }

    @Test
    void theSameClientUuidTwiceMakesOneDossier() {
        Procedure p = Intakes.procedure(context, Intakes.CERTIFIED_COPY);
        UUID id = UUID.randomUUID();
        IntakeRequest request = new IntakeRequest(id, p.code(), Intakes.applicant(), null, null, Intakes.complete(p, 1, 1),
                null, null, 1, null, null, null);
        IntakeResult first = context.intake().receive(Actor.SYSTEM, request);
        IntakeResult again = context.intake().receive(Actor.SYSTEM, request);
        assertThat(first.id()).isEqualTo(id);
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.repeated()).isTrue();
        assertThat(count("select count(*) from dossier")).isEqualTo(1);
    }

    @Test
    void supplementAndRefusalGetACodeButNoClock() {
        Procedure p = Intakes.procedure(context, Intakes.RESIDENCE);
        IntakeResult supplement = context.intake().receive(Actor.SYSTEM, new IntakeRequest(null, p.code(), Intakes.applicant(), null,
                null, List.of(), null, null, 1, null, IntakeOutcome.REQUEST_SUPPLEMENT, null));
        IntakeResult refusal = context.intake().receive(Actor.SYSTEM, new IntakeRequest(null, p.code(), Intakes.applicant(), null,
                null, Intakes.complete(p, 1, 1), null, null, 1, null, IntakeOutcome.REFUSE, "Không thuộc thẩm quyền của xã"));
        assertThat(supplement.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(refusal.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(supplement.dueAt()).isNull();
        assertThat(context.dossiers().require(supplement.code()).components()).anyMatch(c -> !c.provided());
        assertThat(count("select count(*) from deadline_ledger")).isZero();
        assertThat(count("select count(*) from dossier_fee")).isZero();
        assertThatThrownBy(() -> context.intake().receive(Actor.SYSTEM, new IntakeRequest(null, p.code(), Intakes.applicant(), null,
                null, Intakes.complete(p, 1, 1), null, null, 1, null, IntakeOutcome.REFUSE, " ")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("dossier.refusalWithoutReason"));
    }

    @Test
    void aReturningApplicantIsRecognizedByIdNumber() {
        Procedure p = Intakes.procedure(context, Intakes.CERTIFIED_COPY);
        context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), Intakes.applicant(), Intakes.complete(p, 1, 1)));
        ApplicantDetails moved = new ApplicantDetails("Nguyễn Văn An", "001090012345", LocalDate.of(1990, 5, 17), Sex.MALE,
                "Số 5 phố Mới, xã Vụ Bản", "0912345678", null);
        IntakeResult second = context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), moved, Intakes.complete(p, 1, 1)));
        assertThat(count("select count(distinct applicant_id) from dossier")).isEqualTo(1);
        assertThat(context.applicants().byIdNumber("001090012345").orElseThrow().address()).isEqualTo("Số 5 phố Mới, xã Vụ Bản");
        assertThat(second.code()).endsWith("-0002");
    }

    @Test
    void aDeskOutOfNumbersRefusesBeforeWriting() {
        context.office().configure(Actor.SYSTEM, OfficeSettings.none().withNumbering(Numbering.range(7001, 7001)));
        Procedure p = Intakes.procedure(context, Intakes.CERTIFIED_COPY);
        IntakeRequest request = IntakeRequest.accept(p.code(), Intakes.applicant(), Intakes.complete(p, 1, 1));
        assertThat(context.intake().receive(Actor.SYSTEM, request).code()).endsWith("-7001");
        assertThatThrownBy(() -> context.intake().receive(Actor.SYSTEM, request))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("dossier.numbersExhausted"));
        assertThat(count("select count(*) from dossier")).isEqualTo(1);
        assertThat(count("select count(*) from outbox_entry")).isEqualTo(1);
    }

    private static ApplicantDetails withId(ApplicantDetails a, String id) {
        return new ApplicantDetails(a.fullName(), id, a.birthDate(), a.sex(), a.address(), a.phone(), a.email());
    }

    private long count(String sql, Object... param) {
        return db.fromTransaction(s -> {
            var q = s.createNativeQuery(sql, Long.class);
            if (param.length > 0) {
                q.setParameter("d", param[0]);
            }
            return q.getSingleResult();
        });
    }
}
