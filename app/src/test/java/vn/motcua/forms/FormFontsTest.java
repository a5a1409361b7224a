package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The fonts are parsed once and shared; rendering is quick when warm and safe from several threads. */
class FormFontsTest {
    @Test
    void oneInstancePerProcessEvenWhenPreloading() throws Exception {
        FormFonts.preloadInBackground();
        List<FormFonts> seen = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FormFonts>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(FormFonts::shared));
            }
            for (Future<FormFonts> f : futures) {
                seen.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(seen).allSatisfy(f -> assertThat(f).isSameAs(FormFonts.shared()));
    }

    @Test
    void receiptsRenderedFromSeveralThreadsAreAllComplete() throws Exception {
        ReceiptForm form = new ReceiptForm(FormFonts.shared());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "Người nộp số " + i;
                futures.add(pool.submit(() -> form.render(SampleForms.receiptPaidInCash(name), Copies.ONE)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(PdfReadBack.text(futures.get(i).get())).contains("Người nộp số " + i);
            }
        } finally {
            pool.shutdown();
        }
    }
}
