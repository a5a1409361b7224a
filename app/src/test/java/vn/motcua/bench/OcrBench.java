package vn.motcua.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.ocr.OcrAvailability;
import vn.motcua.documents.ocr.OcrJob;
import vn.motcua.documents.ocr.PageOcr;
import vn.motcua.documents.ocr.ScannedPages;
import vn.motcua.documents.ocr.TesseractEngine;

/**
 * OCR speed (issue 6, "Speed"): pages per minute of the whole text-layer job (render at 300 dpi,
 * Tesseract with the fast Vietnamese model, text layer, save) on 8 generated A4 pages of dense
 * Vietnamese text. Measured: 2 pages side by side with {@code OMP_THREAD_LIMIT=1} (what the app
 * does) against the same-run baseline of 1 page at a time with Tesseract's default threading.
 * Target: ≥ 40 pages/min on 2 cores. Prints only; run with {@code ./mvnw -Pbench verify}.
 */
class OcrBench {
    private static final int PAGES = 8;
    private static final String[] WORDS = ("Cộng hòa xã hội chủ nghĩa Việt Nam độc lập tự do hạnh phúc giấy khai sinh "
            + "họ tên Nguyễn Văn An Trần Thị Bích Lê Hoàng Phúc ngày tháng năm sinh nơi cư trú thôn xã huyện tỉnh "
            + "Ủy ban nhân dân chứng thực bản sao từ bản chính đăng ký hộ tịch người yêu cầu số quyển trang "
            + "quốc tịch dân tộc Kinh giới tính nam nữ cha mẹ người đi khai quan hệ với người được khai sinh").split(" ");

    @Test
    void pagesPerMinute() throws Exception {
        TesseractEngine engine = new TesseractEngine();
        OcrAvailability a = engine.detect();
        if (!a.available()) {
            BenchKit.say("OcrBench skipped: " + a.reasonKey() + " (install tesseract-ocr tesseract-ocr-vie)");
            return;
        }
        Path dir = BenchKit.workDir("ocr");
        Path in = dir.resolve("stack.pdf");
        Random random = new Random(20261124L);
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            pages.add(ScannedPages.page(lines(random, 38), 42)); // 42 px = 10 pt at 300 dpi
        }
        ScannedPages.pdf(pages, in);
        pages.clear();

        Duration timeout = Duration.ofMinutes(5);
        OcrJob parallel = new OcrJob(new PageOcr(engine.binary(), TesseractEngine.VIETNAMESE, timeout, true), 2);
        OcrJob baseline = new OcrJob(new PageOcr(engine.binary(), TesseractEngine.VIETNAMESE, timeout, false), 1);
        double parallelMs = time(parallel, in, dir.resolve("parallel.pdf"));
        double baselineMs = time(baseline, in, dir.resolve("baseline.pdf"));
        double parallelRate = PAGES / (parallelMs / 60_000);
        double baselineRate = PAGES / (baselineMs / 60_000);
        BenchKit.table("OcrBench: " + PAGES + " A4 pages at 300 dpi, tesseract " + a.version() + " -l vie, "
                + Runtime.getRuntime().availableProcessors() + " cores", List.of(
                List.of("measure", "seconds", "pages/min", "baseline pages/min", "ratio", "target"),
                List.of("2 pages in parallel, OMP_THREAD_LIMIT=1", f(parallelMs / 1000), f(parallelRate),
                        f(baselineRate), BenchKit.ratio(parallelRate, baselineRate), ">= 40 pages/min"),
                List.of("baseline: 1 page at a time, default threads", f(baselineMs / 1000), f(baselineRate),
                        "-", "-", "-")));
    }

    private static double time(OcrJob job, Path in, Path out) throws Exception {
        long t0 = System.nanoTime();
        job.run(in, out, (done, total) -> { });
        return (System.nanoTime() - t0) / 1e6;
    }

    private static List<String> lines(Random random, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder();
            while (line.length() < 70) {
                line.append(line.length() == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String f(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
