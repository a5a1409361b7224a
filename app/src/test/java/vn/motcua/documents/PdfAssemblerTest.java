package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JPEGs pass through byte for byte, other images losslessly, PDFs page for page; one store entry per content. */
class PdfAssemblerTest {
    @TempDir
    Path tmp;

    private final InputCheck check = new InputCheck(ImportLimits.DEFAULTS);

    private StoredFile assemble(DocumentStore store, Path... files) {
        List<CheckedFile> checked = new ArrayList<>();
        for (Path f : files) {
            checked.add(check.check(f, f.getFileName().toString()));
        }
        return store.store(out -> new PdfAssembler().assemble(checked, out));
    }

    static List<PDImageXObject> images(PDDocument doc) throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            if (page.getResources() == null) {
                continue; // an imported blank PDF page
            }
            for (COSName name : page.getResources().getXObjectNames()) {
                images.add((PDImageXObject) page.getResources().getXObject(name));
            }
        }
        return images;
    }

    @Test
    void threeJpegsBecomeThreePagesWithByteIdenticalStreams() throws Exception {
        Path[] jpegs = {TestFiles.jpeg(tmp.resolve("1.jpg"), 300, 400, 1), TestFiles.jpeg(tmp.resolve("2.jpg"), 500, 300, 2),
            TestFiles.jpeg(tmp.resolve("3.jpg"), 200, 200, 3)};
        DocumentStore store = new DocumentStore(tmp.resolve("documents"), null);
        StoredFile stored = assemble(store, jpegs);
        assertThat(stored.path()).isEqualTo(tmp.resolve("documents/sha256/" + stored.sha256().substring(0, 2) + "/" + stored.sha256() + ".pdf"));
        assertThat(stored.bytes()).isEqualTo(Files.size(stored.path()));
        try (PDDocument doc = Loader.loadPDF(stored.path().toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            List<PDImageXObject> images = images(doc);
            assertThat(images).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(images.get(i).getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
                try (InputStream raw = images.get(i).getCOSObject().createRawInputStream()) {
                    assertThat(raw.readAllBytes()).isEqualTo(Files.readAllBytes(jpegs[i]));
                }
            }
            // no DPI in the JFIF header: the landscape page is fitted into landscape A4
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isGreaterThan(doc.getPage(1).getMediaBox().getHeight());
        }
        StoredFile again = assemble(store, jpegs);
        assertThat(again.sha256()).isEqualTo(stored.sha256());
        assertThat(again.created()).isFalse();
        try (var files = Files.walk(tmp.resolve("documents"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void pngIsLosslessAndTiffAndPdfPagesFollowInOrder() throws Exception {
        BufferedImage picture = TestFiles.picture(120, 90, 7);
        Path png = TestFiles.png(tmp.resolve("a.png"), picture);
        BufferedImage t1 = TestFiles.picture(60, 80, 8);
        BufferedImage t2 = TestFiles.picture(80, 60, 9);
        Path tiff = TestFiles.tiff(tmp.resolve("b.tif"), t1, t2);
        Path pdf = TestFiles.pdf(tmp.resolve("c.pdf"), 2);
        StoredFile stored = assemble(new DocumentStore(tmp.resolve("documents"), null), png, tiff, pdf);
        try (PDDocument doc = Loader.loadPDF(stored.path().toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            List<PDImageXObject> images = images(doc);
            assertThat(images).hasSize(3);
            assertSamePixels(images.get(0).getImage(), picture);
            assertSamePixels(images.get(1).getImage(), t1);
            assertSamePixels(images.get(2).getImage(), t2);
        }
    }

    static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if ((actual.getRGB(x, y) & 0xFFFFFF) != (expected.getRGB(x, y) & 0xFFFFFF)) {
                    throw new AssertionError("pixel " + x + "," + y + " differs");
                }
            }
        }
    }

    @Test
    void verifyFindsMissingAndAlteredFiles() throws Exception {
        DocumentStore store = new DocumentStore(tmp.resolve("documents"), null);
        StoredFile a = assemble(store, TestFiles.jpeg(tmp.resolve("1.jpg"), 100, 100, 1));
        StoredFile b = assemble(store, TestFiles.jpeg(tmp.resolve("2.jpg"), 100, 100, 2));
        StoredFile c = assemble(store, TestFiles.jpeg(tmp.resolve("3.jpg"), 100, 100, 3));
        assertThat(store.verify(List.of(a.sha256(), b.sha256(), c.sha256())).intact()).isTrue();
        Files.delete(a.path());
        byte[] bytes = Files.readAllBytes(b.path());
        bytes[bytes.length / 2] ^= 1;
        Files.write(b.path(), bytes);
        VerifyReport report = store.verify(List.of(a.sha256(), b.sha256(), c.sha256()));
        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.missing()).containsExactly(a.sha256());
        assertThat(report.altered()).containsExactly(b.sha256());
    }
}
