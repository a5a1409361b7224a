package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.testing.TestOffice;

/** Import links one verified PDF to a component in one transaction; a refused import leaves no trace. */
class ScanImportServiceTest {
    @TempDir
    Path tmp;

    private AppContext context;
    private String code;

    @BeforeEach
    void receiveDossier() {
        context = TestOffice.initialized(tmp.resolve("data"));
        code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<OutboxEntry> uploads() {
        return context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from OutboxEntry e where e.action = 'DOCUMENT_UPLOAD'", OutboxEntry.class).getResultList());
    }

    private long storedFiles() throws Exception {
        Path root = context.dataDirectory().documents();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("quarantine"))).count();
        }
    }

    private long quarantined() throws Exception {
        Path q = context.dataDirectory().documents().resolve("quarantine");
        if (!Files.exists(q)) {
            return 0;
        }
        try (Stream<Path> all = Files.list(q)) {
            return all.count();
        }
    }

    @Test
    void threeJpegsAreLinkedToTheComponentWithAuditAndUpload() throws Exception {
        List<Path> pages = List.of(TestFiles.jpeg(tmp.resolve("p1.jpg"), 300, 400, 1), TestFiles.jpeg(tmp.resolve("p2.jpg"), 300, 400, 2),
                TestFiles.jpeg(tmp.resolve("p3.jpg"), 300, 400, 3));
        ImportedDocument doc = context.documents().importFiles(Actor.SYSTEM, code, "CT01", pages);
        assertThat(doc.pages()).isEqualTo(3);
        assertThat(doc.path()).exists().hasFileName(doc.sha256() + ".pdf");
        assertThat(doc.bytes()).as("the plain PDF's size").isEqualTo(Files.size(vn.motcua.testing.Plain.of(doc.path())));
        List<DossierDocument> linked = context.documents().linked(code);
        assertThat(linked).singleElement().satisfies(d -> {
            assertThat(d.componentCode()).isEqualTo("CT01");
            assertThat(d.sha256()).isEqualTo(doc.sha256());
            assertThat(d.digitized()).isTrue();
            assertThat(d.reused()).isFalse();
        });
        JsonNode payload = new ObjectMapper().readTree(uploads().get(0).payload());
        assertThat(payload.get("MaHoSo").asText()).isEqualTo(code);
        assertThat(payload.get("MaThanhPhanHoSo").asText()).isEqualTo("CT01");
        assertThat(payload.get("DuocSoHoa").asBoolean()).isTrue();
        assertThat(payload.get("TenTepDinhKem").asText()).endsWith(".pdf");
        assertThat(payload.has("DuocTaiSuDung") && payload.has("DuocLayTuKhoDMQG")).isTrue();
        assertThat(quarantined()).isZero();

        ImportedDocument again = context.documents().importFiles(Actor.SYSTEM, code, "CT01", pages);
        assertThat(again.sha256()).isEqualTo(doc.sha256());
        assertThat(storedFiles()).isEqualTo(1);
        assertThat(context.documents().linked(code)).hasSize(1);
        assertThat(uploads()).hasSize(1);
        assertThat(context.documents().verify().intact()).isTrue();
    }

    @Test
    void refusedInputsLinkNothingAndLeaveTheStoreUnchanged() throws Exception {
        Path good = TestFiles.jpeg(tmp.resolve("good.jpg"), 200, 200, 4);
        List<Path> bad = List.of(Files.createFile(tmp.resolve("zero.jpg")), TestFiles.truncated(good, tmp.resolve("cut.jpg"), 0.5),
                TestFiles.pngDeclaring(tmp.resolve("bomb.png"), 30000, 30000), TestFiles.brokenXrefPdf(tmp.resolve("broken.pdf")));
        for (Path b : bad) {
            assertThatThrownBy(() -> context.documents().importFiles(Actor.SYSTEM, code, "CT01", List.of(good, b)))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining(b.getFileName().toString());
        }
        assertThatThrownBy(() -> context.documents().importFiles(Actor.SYSTEM, code, "XX99", List.of(good)))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key()).isEqualTo("documents.componentUnknown");
        assertThatThrownBy(() -> context.documents().importFiles(Actor.SYSTEM, "000.00.06.H56-999999-9999", "CT01", List.of(good)))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key()).isEqualTo("dossier.notFound");
        assertThat(context.documents().linked(code)).isEmpty();
        assertThat(uploads()).isEmpty();
        assertThat(storedFiles()).isZero();
        assertThat(quarantined()).isZero();
    }

    @Test
    void aCrashedImportsQuarantineIsCleanedAtStart() throws Exception {
        Path leftover = Files.createDirectories(context.dataDirectory().documents().resolve("quarantine/4f0c-crashed"));
        Files.writeString(leftover.resolve("0000.in"), "half");
        Files.writeString(leftover.resolve(".lock"), "");
        context.close();
        context = AppContext.open(context.dataDirectory());
        assertThat(leftover).doesNotExist();
    }
}
