package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.catalog.Procedure;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditEntry;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.testing.TestOffice;

/** A returning applicant's earlier scans offered per component and linked to a new dossier. */
class DocumentReuseTest {
    private static final String TEMPORARY_RESIDENCE = "1.004194";
    private static final String MARRIAGE = "1.000894";

    @TempDir
    Path tmp;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestOffice.initialized(tmp.resolve("data"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String receive(String procedure, ApplicantDetails who) {
        Procedure p = Intakes.procedure(context, procedure);
        return context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(procedure, who, Intakes.complete(p, 1, 2))).code();
    }

    private String receive(String procedure) {
        return receive(procedure, Intakes.applicant());
    }

    private ImportedDocument scan(String dossier, String component, long seed) throws Exception {
        return context.documents().importFiles(Actor.SYSTEM, dossier, component,
                List.of(TestFiles.jpeg(tmp.resolve(component + seed + ".jpg"), 200, 260, seed)));
    }

    private static ApplicantDetails someoneElse() {
        return new ApplicantDetails("Lê Thị Bình", "036185001234", LocalDate.of(1985, 2, 3), Sex.FEMALE, "Xóm Nam, xã Vụ Bản", null, null);
    }

    @Test
    void theNewestIntactScanOfEachComponentIsOfferedAndLinkedAsReused() throws Exception {
        String first = receive(Intakes.RESIDENCE);
        scan(first, "CT01", 1);
        ImportedDocument cho = scan(first, "CHO", 2);
        String second = receive(Intakes.RESIDENCE);
        ImportedDocument newer = scan(second, "CT01", 3);

        String third = receive(Intakes.RESIDENCE);
        List<ReuseOffer> offers = context.reuse().offers(vn.motcua.security.Actor.SYSTEM, "001 090 012 345", Intakes.RESIDENCE);
        assertThat(offers).extracting(ReuseOffer::componentCode).containsExactly("CT01", "CHO");
        assertThat(offers.get(0).sha256()).isEqualTo(newer.sha256());
        assertThat(offers.get(0).fromDossierCode()).isEqualTo(second);
        assertThat(offers.get(1).sha256()).isEqualTo(cho.sha256());
        assertThat(offers.get(1).fromDossierCode()).isEqualTo(first);
        assertThat(offers.get(1).pages()).isEqualTo(1);
        // showing the offers shows which dossiers the person had: audited, the ID masked
        List<AuditEntry> shown = context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from AuditEntry a where a.action = 'DOCUMENT_REUSE_OFFERS'", AuditEntry.class).getResultList());
        assertThat(shown).singleElement().satisfies(a -> {
            assertThat(a.subjectId()).isEqualTo(vn.motcua.citizen.PersonalIds.mask("001090012345")).doesNotContain("90012");
            assertThat(a.detail()).contains(first).contains(second).contains("offers=2");
        });
        Actor specialist = new Actor(null, "chuyen.vien", "Chuyên viên", java.util.Set.of(vn.motcua.security.Role.SPECIALIST));
        assertThatThrownBy(() -> context.reuse().offers(specialist, "001090012345", Intakes.RESIDENCE))
                .isInstanceOfSatisfying(vn.motcua.common.UserFacingException.class, e -> assertThat(e.key()).isEqualTo("security.forbidden"));

        DossierDocument linked = context.reuse().reuse(Actor.SYSTEM, third, "CHO", offers.get(1).documentId());
        assertThat(linked.reused()).isTrue();
        assertThat(linked.digitized()).isFalse();
        assertThat(linked.sha256()).isEqualTo(cho.sha256());
        assertThat(context.documents().linked(third)).singleElement().extracting(DossierDocument::id).isEqualTo(linked.id());
        assertThat(context.reuse().reuse(Actor.SYSTEM, third, "CHO", offers.get(1).documentId()).id()).isEqualTo(linked.id());

        List<OutboxEntry> uploads = context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from OutboxEntry e where e.action = 'DOCUMENT_UPLOAD' order by e.createdAt", OutboxEntry.class).getResultList());
        assertThat(uploads).hasSize(4);
        JsonNode payload = new ObjectMapper().readTree(uploads.get(3).payload());
        assertThat(payload.get("MaHoSo").asText()).isEqualTo(third);
        assertThat(payload.get("DuocTaiSuDung").asBoolean()).isTrue();
        assertThat(payload.get("DuocSoHoa").asBoolean()).isFalse();
        List<AuditEntry> audits = context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from AuditEntry a where a.action = 'DOCUMENT_REUSE'", AuditEntry.class).getResultList());
        assertThat(audits).hasSize(1);
        // the reused link is not an original scan: the offer still names the dossier it was scanned for
        assertThat(context.reuse().offers(vn.motcua.security.Actor.SYSTEM, "001090012345", Intakes.RESIDENCE).get(1).fromDossierCode()).isEqualTo(first);
    }

    @Test
    void sameNamedComponentsOfAnotherProcedureMatchButSameCodesAloneDoNot() throws Exception {
        String residence = receive(Intakes.RESIDENCE);
        ImportedDocument cho = scan(residence, "CHO", 5);
        String birth = receive(Intakes.BIRTH);
        scan(birth, "TK", 6);

        // CT01 and CHO carry the same names in permanent and temporary residence
        assertThat(context.reuse().offers(vn.motcua.security.Actor.SYSTEM, Intakes.applicant().idNumber(), TEMPORARY_RESIDENCE))
                .extracting(ReuseOffer::componentCode, ReuseOffer::sha256).containsExactly(org.assertj.core.groups.Tuple.tuple("CHO", cho.sha256()));
        // TK is the birth declaration there and the marriage declaration here
        assertThat(context.reuse().offers(vn.motcua.security.Actor.SYSTEM, Intakes.applicant().idNumber(), MARRIAGE)).isEmpty();
        String marriage = receive(MARRIAGE);
        java.util.UUID birthTk = context.documents().linked(birth).get(0).id();
        assertThatThrownBy(() -> context.reuse().reuse(Actor.SYSTEM, marriage, "TK", birthTk))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("documents.reuse.otherKind");
    }

    @Test
    void anotherPersonsRemovedOrDamagedScansAreNeitherOfferedNorLinked() throws Exception {
        String theirs = receive(Intakes.RESIDENCE, someoneElse());
        scan(theirs, "CHO", 7);
        String mine = receive(Intakes.RESIDENCE);
        assertThat(context.reuse().offers(vn.motcua.security.Actor.SYSTEM, Intakes.applicant().idNumber(), Intakes.RESIDENCE)).isEmpty();
        java.util.UUID theirsCho = context.documents().linked(theirs).get(0).id();
        assertThatThrownBy(() -> context.reuse().reuse(Actor.SYSTEM, mine, "CHO", theirsCho))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("documents.reuse.otherApplicant");

        ImportedDocument ct01 = scan(mine, "CT01", 8);
        ImportedDocument cho = scan(mine, "CHO", 9);
        String next = receive(Intakes.RESIDENCE);
        java.util.UUID ct01Id = context.documents().linked(mine).get(0).id();
        context.documents().remove(Actor.SYSTEM, ct01Id, "Quét nhầm trang");
        Files.write(cho.path(), new byte[] {'%', 'P', 'D', 'F'});

        assertThat(context.reuse().offers(vn.motcua.security.Actor.SYSTEM, Intakes.applicant().idNumber(), Intakes.RESIDENCE)).isEmpty();
        assertThatThrownBy(() -> context.reuse().reuse(Actor.SYSTEM, next, "CT01", ct01Id))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("documents.reuse.notReusable");
        java.util.UUID choId = context.documents().linked(mine).get(1).id();
        assertThatThrownBy(() -> context.reuse().reuse(Actor.SYSTEM, next, "CHO", choId))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("documents.reuse.damaged");
        assertThatThrownBy(() -> context.reuse().reuse(Actor.SYSTEM, mine, "CHO", choId))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("documents.reuse.notReusable");
        context.documents().importResult(Actor.SYSTEM, mine, List.of(TestFiles.jpeg(tmp.resolve("kq.jpg"), 120, 120, 10)));
        java.util.UUID result = context.documents().linked(mine).get(2).id();
        assertThatThrownBy(() -> context.reuse().reuse(Actor.SYSTEM, next, "CHO", result))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("documents.reuse.notReusable");
        assertThatThrownBy(() -> context.reuse().reuse(Actor.SYSTEM, next, "CHO", java.util.UUID.randomUUID()))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("documents.notFound");
        assertThat(context.documents().linked(next)).isEmpty();
        assertThat(ct01.sha256()).isNotEqualTo(cho.sha256());
    }

    @Test
    void noIdNumberMeansNoOffersAndAnUnknownProcedureIsNamed() {
        assertThat(context.reuse().offers(vn.motcua.security.Actor.SYSTEM, "  ", Intakes.RESIDENCE)).isEmpty();
        assertThatThrownBy(() -> context.reuse().offers(vn.motcua.security.Actor.SYSTEM, "001090012345", "9.999999"))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("dossier.unknownProcedure");
    }
}
