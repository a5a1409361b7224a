package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import vn.motcua.AppContext;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.forms.Copies;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/**
 * Intake speed (issue 5, "Speed"): warm receive + render of the receipt against a same-run
 * baseline (an empty A4 page with the same embedded font), the cost of forcing the commit to
 * disk, and the first receipt in a fresh JVM. Targets: warm ≤ 60 ms median, first ≤ 400 ms.
 * Prints only; run with {@code ./mvnw -Pbench verify}.
 */
class IntakeBench {
    private static final int WARMUP = 60;
    private static final int ROUNDS = 101;

    @Test
    void receiveAndRenderReceipt() throws Exception {
        Path dir = BenchKit.workDir("intake");
        List<Double> warm = new ArrayList<>();
        List<Double> sync = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        try (AppContext context = TestOffice.initialized(dir.resolve("data"))) {
            IntakeRequest request = Intakes.accept(context, Intakes.CERTIFIED_COPY);
            for (int i = 0; i < WARMUP; i++) {
                receiveAndRender(context, request);
                emptyPage();
            }
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                receiveAndRender(context, request);
                warm.add((System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                emptyPage();
                baseline.add((System.nanoTime() - t0) / 1e6);
                // the fsync on its own, after a small committed change (receive syncs its own)
                context.database().sessionFactory().inTransaction(s -> s.createNativeMutationQuery(
                        "update office set phone = phone").executeUpdate());
                t0 = System.nanoTime();
                context.database().forceToDisk();
                sync.add((System.nanoTime() - t0) / 1e6);
            }
        }
        double[] first = firstReceipt(dir);
        BenchKit.table("IntakeBench: receive + render form 01", List.of(
                List.of("measure", "median ms", "min ms", "max ms", "baseline ms", "ratio", "target"),
                List.of("warm receive + render", f(BenchKit.median(warm)), f(BenchKit.min(warm)), f(BenchKit.max(warm)),
                        f(BenchKit.median(baseline)), BenchKit.ratio(BenchKit.median(warm), BenchKit.median(baseline)), "<= 60 ms"),
                List.of("CHECKPOINT SYNC after a commit", f(BenchKit.median(sync)), f(BenchKit.min(sync)), f(BenchKit.max(sync)),
                        "-", "-", "(inside receive)"),
                List.of("first receipt, fresh JVM", f(first[0]), "-", "-", f(first[1]),
                        BenchKit.ratio(first[0], first[1]), "<= 400 ms")));
    }

    private static void receiveAndRender(AppContext context, IntakeRequest request) {
        String code = context.intake().receive(Actor.SYSTEM, request).code();
        context.dossierForms().render("01", code, Copies.ONE);
    }

    /** The baseline: one empty A4 page with Liberation Serif embedded, saved to bytes. */
    static byte[] emptyPage() throws IOException {
        try (PDDocument doc = new PDDocument(); var font = IntakeBench.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font serif = PDType0Font.load(doc, font, true);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(serif, 12);
                content.newLineAtOffset(72, 760);
                content.showText(" ");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** {first receipt ms, first empty page ms}, each in its own fresh JVM. */
    private static double[] firstReceipt(Path dir) throws Exception {
        return new double[] {child(dir, "receipt"), child(dir, "baseline")};
    }

    private static double child(Path dir, String what) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BenchKit.javaBinary(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), FirstReceiptProbe.class.getName(), dir.resolve("data").toString(), what));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("MS ")) {
                    last = line.substring(3);
                }
            }
        }
        p.waitFor();
        if (last == null) {
            throw new IllegalStateException("probe printed no time");
        }
        return Double.parseDouble(last);
    }

    private static String f(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
