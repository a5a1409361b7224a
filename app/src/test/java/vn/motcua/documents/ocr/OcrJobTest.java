package vn.motcua.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Text;

/** The whole job with the real Tesseract on generated Vietnamese scans. */
class OcrJobTest {
    static final List<String> PAGE_1 = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Giấy khai sinh");
    static final List<String> PAGE_2 = List.of("Nguyễn Văn An", "Giấy khai sinh");

    @TempDir
    Path dir;

    @Test
    void killedJobResumesFromItsProgressFileAndTheResultIsSearchable() throws Exception {
        OcrTesting.requireTesseract();
        Path in = dir.resolve("scan.pdf");
        Path out = dir.resolve("scan-ocr.pdf");
        ScannedPages.pdf(List.of(ScannedPages.page(PAGE_1, 80), ScannedPages.page(PAGE_2, 80)), in);
        PageOcr tesseract = new PageOcr(new TesseractEngine());

        // first run: page 2 "crashes" (as if the job was killed); page 1, running beside it, is kept
        PageRecognizer dying = (image, dpi) -> {
            if (isPage2(image)) {
                throw new IOException("killed");
            }
            return tesseract.recognize(image, dpi);
        };
        assertThatThrownBy(() -> new OcrJob(dying, 2).run(in, out, (d, t) -> { })).hasMessage("killed");
        assertThat(out).doesNotExist();
        assertThat(OcrJob.progressFile(out)).exists();

        // second run: only page 2 is recognized
        AtomicInteger calls = new AtomicInteger();
        List<int[]> reports = new CopyOnWriteArrayList<>();
        PageRecognizer counting = (image, dpi) -> {
            calls.incrementAndGet();
            return tesseract.recognize(image, dpi);
        };
        OcrJob.Result result = new OcrJob(counting, 2).run(in, out, (done, total) -> reports.add(new int[] {done, total}));
        assertThat(calls.get()).isEqualTo(1);
        assertThat(result).isEqualTo(new OcrJob.Result(2, 1, 1));
        assertThat(reports).extracting(r -> r[0] + "/" + r[1]).containsExactly("1/2", "2/2");
        assertThat(OcrJob.progressFile(out)).doesNotExist();

        assertThat(Text.fold(pageText(out, 1))).contains(Text.fold(PAGE_1.get(0)), Text.fold("Giấy khai sinh"));
        assertThat(Text.fold(pageText(out, 2))).contains(Text.fold("Nguyễn Văn An"));
        assertThat(Text.fold(pageText(out, 2))).doesNotContain(Text.fold("CỘNG HÒA"));
        assertThat(imageStreams(out)).hasSize(2).isEqualTo(imageStreams(in));
        try (var ls = Files.list(dir)) {
            assertThat(ls.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("scan.pdf", "scan-ocr.pdf");
        }
    }

    @Test
    void aProgressFileOfAnotherInputIsIgnored() throws Exception {
        Path in = dir.resolve("a.pdf");
        Path out = dir.resolve("a-ocr.pdf");
        ScannedPages.pdf(List.of(ScannedPages.page(List.of("x"), 80)), in);
        Files.writeString(OcrJob.progressFile(out), "{\"sourceSha256\":\"00\",\"dpi\":300,\"pages\":{\"1\":"
                + "[{\"text\":\"stale\",\"left\":1,\"top\":1,\"width\":5,\"height\":5,\"conf\":90,\"line\":1}]}}");
        AtomicInteger calls = new AtomicInteger();
        PageRecognizer fixed = (image, dpi) -> {
            calls.incrementAndGet();
            return List.of(new OcrWord("Hộ tịch", 300, 300, 400, 80, 95, 1));
        };
        new OcrJob(fixed, 2).run(in, out, (d, t) -> { });
        assertThat(calls.get()).isEqualTo(1);
        assertThat(pageText(out, 1)).contains("Hộ tịch").doesNotContain("stale");
    }

    /** Page 2's first line starts lower-case-free "Nguyễn": tell pages apart by ink near the top left. */
    private static boolean isPage2(java.awt.image.BufferedImage image) {
        // "CỘNG HÒA …" is much wider than "Nguyễn Văn An": look for ink at 60% of the width
        int y0 = ScannedPages.DPI * 2 / 3;
        int x = image.getWidth() * 6 / 10;
        for (int y = y0; y < y0 + 90; y++) {
            for (int dx = 0; dx < 200; dx++) {
                if ((image.getRaster().getSample(x + dx, y, 0) & 0xff) < 128) {
                    return false;
                }
            }
        }
        return true;
    }

    static String pageText(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }

    /** SHA-256 and length of the raw (still encoded) bytes of every image XObject, page by page. */
    static List<String> imageStreams(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    if (res.getXObject(name) instanceof PDImageXObject img) {
                        try (InputStream raw = img.getCOSObject().createRawInputStream()) {
                            byte[] bytes = raw.readAllBytes();
                            out.add(java.util.HexFormat.of().formatHex(
                                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) + " " + bytes.length);
                        }
                    }
                }
            }
        }
        return out;
    }
}
