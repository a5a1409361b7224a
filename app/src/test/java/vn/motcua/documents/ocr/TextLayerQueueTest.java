package vn.motcua.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Text;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.ImportedDocument;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** Scans linked to dossiers get their text layer in the background and become searchable. */
class TextLayerQueueTest {
    @TempDir
    Path tmp;

    private AppContext context;
    private String code;
    private ImportedDocument scan;

    @BeforeEach
    void importAScan() throws Exception {
        context = TestOffice.initialized(tmp.resolve("data"));
        code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        Path pdf = tmp.resolve("scan.pdf");
        ScannedPages.pdf(List.of(ScannedPages.page(OcrJobTest.PAGE_1, 80), ScannedPages.page(OcrJobTest.PAGE_2, 80)), pdf);
        scan = context.documents().importFiles(Actor.SYSTEM, code, "CT01", List.of(pdf));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private TextLayerQueue queue(PageRecognizer recognizer) {
        return new TextLayerQueue(context.database().sessionFactory(), context.documents().store(), tmp.resolve("work"),
                new OcrJob(recognizer, 2), "test", Clock.systemUTC());
    }

    private static final TextLayerQueue.Listener QUIET = new TextLayerQueue.Listener() {
        @Override
        public void document(int index, int count, String sha256) {
        }

        @Override
        public void page(int done, int total) {
        }
    };

    @Test
    void aLinkedScanIsRecognizedOnceAndFoundByFoldedWords() throws Exception {
        OcrTesting.requireTesseract();
        TextLayerQueue queue = context.textLayers();
        assertThat(queue.pending()).containsExactly(scan.sha256());

        TextLayerQueue.Pass pass = queue.runPending(QUIET, () -> false);

        assertThat(pass).isEqualTo(new TextLayerQueue.Pass(1, 0, false));
        assertThat(queue.pending()).isEmpty();
        assertThat(queue.search("giay khai sinh", 10)).singleElement()
                .satisfies(h -> assertThat(h).isEqualTo(new TextLayerQueue.Hit(code, "CT01", scan.sha256(), 2)));
        assertThat(queue.search("nguyen van an", 10)).hasSize(1);
        assertThat(queue.search("hộ chiếu ngoại giao", 10)).isEmpty();
        String searchable = queue.searchable(scan.sha256()).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(context.documents().store().open(searchable).readAllBytes())) {
            assertThat(Text.fold(new PDFTextStripper().getText(doc))).contains("giay khai sinh");
        }
        // the sealed scan is untouched: same bytes, still verified
        assertThat(context.documents().verify().intact()).isTrue();
        assertThat(context.documents().verify().checked()).as("the scan and its searchable copy").isEqualTo(2);
        assertThat(Files.exists(context.documents().store().pathOf(scan.sha256()))).isTrue();
        assertThat(queue.runPending(QUIET, () -> false)).isEqualTo(new TextLayerQueue.Pass(0, 0, false));
    }

    @Test
    void sealedAndPlainScansAreRecognizedFromPlainCopiesThatDoNotStayBehind() throws Exception {
        // the office's own document key (its store is sealed since encryption at rest): a second service over the same store
        javax.crypto.SecretKey documentKey = context.officeKey().orElseThrow().subkey("documents");
        vn.motcua.documents.ScanImportService sealed = new vn.motcua.documents.ScanImportService(context.database(), context.dossiers(),
                tmp.resolve("data/documents"), documentKey, context.audit(), context.outbox(), Clock.systemUTC());
        Path pdf = tmp.resolve("second.pdf");
        ScannedPages.pdf(List.of(ScannedPages.page(OcrJobTest.PAGE_2, 80)), pdf);
        ImportedDocument sealedScan = sealed.importFiles(Actor.SYSTEM, code, "CT01", List.of(pdf));
        assertThat(vn.motcua.encryption.SealedFile.isSealed(sealedScan.path())).isTrue();
        PageRecognizer fixed = (image, dpi) -> List.of(new OcrWord("Giấy", 100, 100, 200, 40, 95f, 1),
                new OcrWord("niêm phong", 320, 100, 300, 40, 95f, 1));
        TextLayerQueue queue = new TextLayerQueue(context.database().sessionFactory(), sealed.store(), tmp.resolve("work"),
                new OcrJob(fixed, 2), "test", Clock.systemUTC());

        assertThat(queue.runPending(QUIET, () -> false)).isEqualTo(new TextLayerQueue.Pass(2, 0, false));

        String searchable = queue.searchable(sealedScan.sha256()).orElseThrow();
        assertThat(vn.motcua.encryption.SealedFile.isSealed(sealed.store().pathOf(searchable))).as("the searchable copy is sealed").isTrue();
        try (PDDocument doc = Loader.loadPDF(sealed.store().open(searchable).readAllBytes())) {
            assertThat(Text.fold(new PDFTextStripper().getText(doc))).contains("niem phong");
        }
        assertThat(queue.search("niem phong", 10)).hasSize(2);
        try (var files = Files.list(tmp.resolve("work"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".pdf"))).as("no plain PDF left in the work directory").isEmpty();
        }
        assertThat(sealed.verify().intact()).isTrue();
    }

    @Test
    void aStoppedPassResumesWithThePagesNotYetRead() throws Exception {
        OcrTesting.requireTesseract();
        PageOcr tesseract = new PageOcr(new TesseractEngine());
        AtomicInteger calls = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        PageRecognizer counting = (image, dpi) -> {
            calls.incrementAndGet();
            return tesseract.recognize(image, dpi);
        };
        TextLayerQueue.Listener stopAfterAPage = new TextLayerQueue.Listener() {
            @Override
            public void document(int index, int count, String sha256) {
            }

            @Override
            public void page(int done, int total) {
                if (done >= 1) {
                    stop.set(true);
                }
            }
        };
        TextLayerQueue.Pass first = queue(counting).runPending(stopAfterAPage, stop::get);
        assertThat(first.stopped()).isTrue();
        assertThat(queue(counting).pending()).containsExactly(scan.sha256());
        int firstCalls = calls.get();
        assertThat(firstCalls).isBetween(1, 2);

        stop.set(false);
        TextLayerQueue.Pass second = queue(counting).runPending(QUIET, () -> false);
        assertThat(second).isEqualTo(new TextLayerQueue.Pass(1, 0, false));
        assertThat(calls.get()).as("pages read in both passes").isEqualTo(2);
        assertThat(queue(counting).search("Nguyễn Văn An", 5)).hasSize(1);
    }

    @Test
    void aFailureIsRecordedWithItsReasonAndRetriedOnRequest() {
        PageRecognizer broken = (image, dpi) -> {
            throw new IOException("tesseract: Error opening data file vie.traineddata");
        };
        TextLayerQueue queue = queue(broken);
        assertThat(queue.runPending(QUIET, () -> false)).isEqualTo(new TextLayerQueue.Pass(0, 1, false));
        assertThat(queue.pending()).isEmpty();
        assertThat(queue.of(scan.sha256())).get().satisfies(t -> {
            assertThat(t.state()).isEqualTo(DocumentText.State.FAILED);
            assertThat(t.reason()).contains("vie.traineddata");
        });
        assertThat(queue.retryFailed()).isEqualTo(1);
        assertThat(queue.pending()).containsExactly(scan.sha256());
    }

    @Test
    void aRemovedDocumentIsNotQueued() {
        DossierDocument doc = context.documents().linked(code).get(0);
        context.documents().remove(Actor.SYSTEM, doc.id(), "quét nhầm hồ sơ");
        assertThat(context.textLayers().pending()).isEmpty();
    }
}
