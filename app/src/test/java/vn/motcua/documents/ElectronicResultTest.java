package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.IntakeOutcome;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditEntry;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.testing.TestOffice;

/** The signed result paper imported as a dossier's electronic result, and the counts reports use. */
class ElectronicResultTest {
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

    private IntakeResult receive() {
        return context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE));
    }

    private <T> List<T> all(String hql, Class<T> type) {
        return context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(hql, type).getResultList());
    }

    @Test
    void aResultIsLinkedAsKetQuaWithItsOwnAuditAndUpload() throws Exception {
        IntakeResult dossier = receive();
        assertThat(context.documents().hasElectronicResult(dossier.id())).isFalse();

        ImportedDocument pdf = context.documents().importResult(Actor.SYSTEM, dossier.code(),
                List.of(TestFiles.jpeg(tmp.resolve("kq1.jpg"), 300, 400, 11), TestFiles.jpeg(tmp.resolve("kq2.jpg"), 300, 400, 12)));

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(context.documents().linked(dossier.code())).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.RESULT);
            assertThat(d.componentCode()).isEqualTo(DocumentKind.RESULT_COMPONENT);
            assertThat(d.sha256()).isEqualTo(pdf.sha256());
            assertThat(d.digitized()).isTrue();
        });
        assertThat(context.documents().hasElectronicResult(dossier.id())).isTrue();
        List<OutboxEntry> uploads = all("from OutboxEntry e where e.action = 'RESULT_UPLOAD'", OutboxEntry.class);
        assertThat(uploads).hasSize(1);
        JsonNode payload = new ObjectMapper().readTree(uploads.get(0).payload());
        assertThat(payload.get("MaHoSo").asText()).isEqualTo(dossier.code());
        assertThat(payload.get("LaKetQuaDienTu").asBoolean()).isTrue();
        assertThat(payload.get("MaThanhPhanHoSo").asText()).isEqualTo("KET_QUA");
        assertThat(all("from OutboxEntry e where e.action = 'DOCUMENT_UPLOAD'", OutboxEntry.class)).isEmpty();
        assertThat(all("from AuditEntry a where a.action = 'DOCUMENT_RESULT_ADD'", AuditEntry.class)).hasSize(1);
        assertThat(context.documents().verify().checked()).isEqualTo(1);
    }

    @Test
    void anInputIsNotAResultAndItsUploadSaysSo() throws Exception {
        IntakeResult dossier = receive();
        context.documents().importFiles(Actor.SYSTEM, dossier.code(), "CT01", List.of(TestFiles.jpeg(tmp.resolve("a.jpg"), 200, 200, 1)));
        assertThat(context.documents().hasElectronicResult(dossier.id())).isFalse();
        JsonNode payload = new ObjectMapper().readTree(
                all("from OutboxEntry e where e.action = 'DOCUMENT_UPLOAD'", OutboxEntry.class).get(0).payload());
        assertThat(payload.get("LaKetQuaDienTu").asBoolean()).isFalse();
        assertThat(context.documents().linked(dossier.code()).get(0).kind()).isEqualTo(DocumentKind.INPUT);
    }

    @Test
    void theCountTakesEachDossierOnceAndLeavesOutRemovedResults() throws Exception {
        IntakeResult two = receive();
        IntakeResult none = receive();
        IntakeResult removed = receive();
        IntakeResult other = receive();
        Path a = TestFiles.jpeg(tmp.resolve("a.jpg"), 200, 200, 21);
        Path b = TestFiles.jpeg(tmp.resolve("b.jpg"), 200, 200, 22);
        context.documents().importResult(Actor.SYSTEM, two.code(), List.of(a));
        context.documents().importResult(Actor.SYSTEM, two.code(), List.of(b));
        context.documents().importFiles(Actor.SYSTEM, none.code(), "CT01", List.of(a));
        context.documents().importResult(Actor.SYSTEM, removed.code(), List.of(a));
        context.documents().importResult(Actor.SYSTEM, other.code(), List.of(b));
        UUID removedDoc = context.documents().linked(removed.code()).get(0).id();
        context.documents().remove(Actor.SYSTEM, removedDoc, "Quét nhầm giấy tờ");

        assertThat(context.documents().countWithElectronicResult(List.of(two.id(), none.id(), removed.id()))).isEqualTo(1);
        assertThat(context.documents().countWithElectronicResult(List.of(two.id(), other.id(), two.id()))).isEqualTo(2);
        assertThat(context.documents().countWithElectronicResult(List.of())).isZero();
        assertThat(context.documents().hasElectronicResult(removed.id())).isFalse();
    }

    @Test
    void aRefusedDossierHasNoResult() throws Exception {
        IntakeRequest refuse = new IntakeRequest(null, Intakes.RESIDENCE, Intakes.applicant(), null, null, List.of(), null, null, 1,
                null, IntakeOutcome.REFUSE, "Không thuộc thẩm quyền của xã");
        String code = context.intake().receive(Actor.SYSTEM, refuse).code();
        assertThatThrownBy(() -> context.documents().importResult(Actor.SYSTEM, code,
                List.of(TestFiles.jpeg(tmp.resolve("r.jpg"), 100, 100, 3))))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("documents.result.refusedDossier");
        assertThat(context.documents().linked(code)).isEmpty();
    }
}
