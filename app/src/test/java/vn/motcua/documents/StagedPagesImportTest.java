package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** Pages arranged by the clerk are sealed in their order and turn, JPEG streams untouched. */
class StagedPagesImportTest {
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

    /** A PDF whose pages are told apart by their widths: 200, 201, … points. */
    private Path pdf(Path file, int pages) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(new PDRectangle(200 + i, 300)));
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void theArrangedPagesAreSealedInOrderWithTheirRotationAndTheJpegBytesAsTheyWere() throws Exception {
        Path j1 = TestFiles.jpeg(tmp.resolve("1.jpg"), 300, 400, 1);
        Path j2 = TestFiles.jpeg(tmp.resolve("2.jpg"), 300, 400, 2);
        Path j3 = TestFiles.jpeg(tmp.resolve("3.jpg"), 300, 400, 3);
        Path pdf = pdf(tmp.resolve("scan.pdf"), 3);
        // the clerk moved page 3 first, turned it, deleted 2.jpg, kept PDF pages 2 and 0 (turned)
        List<StagedPage> staged = List.of(new StagedPage(j3, 0, 90), new StagedPage(pdf, 2, 0), new StagedPage(j1, 0, 0),
                new StagedPage(pdf, 0, 270));
        List<int[]> progress = new ArrayList<>();
        ImportedDocument doc = context.documents().importPages(Actor.SYSTEM, code, "CT01", staged,
                (done, total) -> progress.add(new int[] {done, total}));

        assertThat(doc.pages()).isEqualTo(4);
        assertThat(progress).extracting(p -> p[0] + "/" + p[1]).containsExactly("1/4", "2/4", "3/4", "4/4");
        try (PDDocument pdfDoc = Loader.loadPDF(vn.motcua.testing.Plain.of(doc.path()).toFile())) {
            assertThat(pdfDoc.getNumberOfPages()).isEqualTo(4);
            assertThat(List.of(0, 1, 2, 3).stream().map(i -> pdfDoc.getPage(i).getRotation()).toList()).containsExactly(90, 0, 0, 270);
            assertThat(pdfDoc.getPage(1).getMediaBox().getWidth()).isEqualTo(202f);
            assertThat(pdfDoc.getPage(3).getMediaBox().getWidth()).isEqualTo(200f);
            assertThat(rawJpeg(pdfDoc.getPage(0))).isEqualTo(Files.readAllBytes(j3));
            assertThat(rawJpeg(pdfDoc.getPage(2))).isEqualTo(Files.readAllBytes(j1));
        }
        assertThat(context.documents().linked(code)).singleElement().satisfies(d -> {
            assertThat(d.componentCode()).isEqualTo("CT01");
            assertThat(d.pages()).isEqualTo(4);
            assertThat(d.createdBy()).isEqualTo(Actor.SYSTEM.username());
        });
        assertThat(j2).exists();
    }

    @Test
    void aRotationAddsToTheTurnAPdfPageAlreadyHas() throws Exception {
        Path turned = tmp.resolve("turned.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            page.setRotation(90);
            d.addPage(page);
            d.save(turned.toFile());
        }
        ImportedDocument doc = context.documents().importPages(Actor.SYSTEM, code, "CT01",
                List.of(new StagedPage(turned, 0, 270)), ImportProgress.NONE);
        try (PDDocument pdfDoc = Loader.loadPDF(vn.motcua.testing.Plain.of(doc.path()).toFile())) {
            assertThat(pdfDoc.getPage(0).getRotation()).isZero();
        }
    }

    @Test
    void aPageThatIsNotInTheFileIsRefusedAndNothingIsLinked() throws Exception {
        Path pdf = pdf(tmp.resolve("two.pdf"), 2);
        assertThatThrownBy(() -> context.documents().importPages(Actor.SYSTEM, code, "CT01", List.of(new StagedPage(pdf, 0, 0),
                new StagedPage(pdf, 5, 0)), ImportProgress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("digitize.pageMissing"));
        assertThatThrownBy(() -> context.documents().importPages(Actor.SYSTEM, code, "CT01", List.of(), ImportProgress.NONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("documents.noFiles"));
        assertThat(context.documents().linked(code)).isEmpty();
    }

    @Test
    void stagedPagesAndWholeFilesGiveTheSamePagesWhenNothingWasRearranged() throws Exception {
        Path j1 = TestFiles.jpeg(tmp.resolve("a.jpg"), 200, 300, 4);
        Path tif = TestFiles.tiff(tmp.resolve("b.tif"), TestFiles.picture(60, 80, 5), TestFiles.picture(80, 60, 6));
        ImportedDocument whole = context.documents().importFiles(Actor.SYSTEM, code, "CT01", List.of(j1, tif));
        ImportedDocument staged = context.documents().importPages(Actor.SYSTEM, code, "CT01",
                List.of(new StagedPage(j1, 0, 0), new StagedPage(tif, 0, 0), new StagedPage(tif, 1, 0)), ImportProgress.NONE);
        try (PDDocument a = Loader.loadPDF(vn.motcua.testing.Plain.of(whole.path()).toFile()); PDDocument b = Loader.loadPDF(vn.motcua.testing.Plain.of(staged.path()).toFile())) {
            assertThat(b.getNumberOfPages()).isEqualTo(a.getNumberOfPages()).isEqualTo(3);
            for (int i = 0; i < 3; i++) {
                assertThat(b.getPage(i).getMediaBox().toString()).isEqualTo(a.getPage(i).getMediaBox().toString());
            }
        }
    }

    private static byte[] rawJpeg(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            PDImageXObject image = (PDImageXObject) page.getResources().getXObject(name);
            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                return raw.readAllBytes();
            }
        }
        throw new AssertionError("no image on the page");
    }
}
