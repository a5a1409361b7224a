package vn.motcua.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** The desk's background worker: a nudge after an import makes the text layer; nothing runs where OCR is missing. */
class TextLayerWorkerTest {
    @TempDir
    Path tmp;

    /** Reads one word per page where the page is: enough to see the worker drive the queue. */
    private static final PageRecognizer ONE_WORD = (image, dpi) -> List.of(new OcrWord("hộ", 10, 10, 40, 20, 95f, 1));

    private TextLayerQueue queue(AppContext context, boolean available) {
        OcrAvailability a = available ? new OcrAvailability(true, "5", List.of("vie"), null)
                : new OcrAvailability(false, null, List.of(), OcrAvailability.NOT_INSTALLED);
        return new TextLayerQueue(context.database().sessionFactory(), context.documents().store(), tmp.resolve("work"),
                new OcrJob(ONE_WORD, 2), "test", Clock.systemUTC(), () -> a);
    }

    private static String importScan(AppContext context, Path tmp) throws Exception {
        String code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        Path pdf = tmp.resolve("scan.pdf");
        ScannedPages.pdf(List.of(ScannedPages.page(List.of("Sổ hộ khẩu"), 60), ScannedPages.page(List.of("Trang hai"), 60)), pdf);
        return context.documents().importFiles(Actor.SYSTEM, code, "CT01", List.of(pdf)).sha256();
    }

    @Test
    void aNudgeMakesTheTextLayerAndReportsPagesThenIdle() throws Exception {
        try (AppContext context = TestOffice.initialized(tmp.resolve("data"))) {
            String sha = importScan(context, tmp);
            TextLayerQueue queue = queue(context, true);
            List<String> seen = new CopyOnWriteArrayList<>();
            try (TextLayerWorker worker = new TextLayerWorker(queue, new TextLayerWorker.Listener() {
                @Override
                public void working(int index, int count, int page, int pages) {
                    seen.add(index + "/" + count + ":" + page + "/" + pages);
                }

                @Override
                public void idle(TextLayerQueue.Pass pass) {
                    seen.add("idle " + pass.recognized());
                }
            }, Duration.ofHours(1))) {
                worker.start().nudge();
                await().atMost(Duration.ofSeconds(60)).until(() -> seen.contains("idle 1"));
            }
            assertThat(seen).contains("1/1:0/0", "1/1:2/2");
            assertThat(queue.of(sha)).get().extracting(DocumentText::state).isEqualTo(DocumentText.State.DONE);
            assertThat(queue.search("ho", 5)).hasSize(1);
        }
    }

    @Test
    void withoutTesseractNothingRunsAndTheScanStaysPending() throws Exception {
        try (AppContext context = TestOffice.initialized(tmp.resolve("data"))) {
            String sha = importScan(context, tmp);
            TextLayerQueue queue = queue(context, false);
            List<String> seen = new CopyOnWriteArrayList<>();
            try (TextLayerWorker worker = new TextLayerWorker(queue, new TextLayerWorker.Listener() {
                @Override
                public void working(int index, int count, int page, int pages) {
                    seen.add("working");
                }

                @Override
                public void idle(TextLayerQueue.Pass pass) {
                    seen.add("idle");
                }
            }, Duration.ofSeconds(1))) {
                worker.start().nudge();
                // a pass that would run takes well under this; the worker must not have started one
                Thread.sleep(1500);
            }
            assertThat(seen).isEmpty();
            assertThat(queue.pending()).containsExactly(sha);
        }
    }
}
