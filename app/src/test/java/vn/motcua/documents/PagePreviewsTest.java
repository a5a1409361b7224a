package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;

/** Thumbnails: small, from every kind of page, and never from a pixel bomb. */
class PagePreviewsTest {
    @TempDir
    Path tmp;

    @Test
    void aLargeScanBecomesAThumbnailOfTheAskedSize() throws Exception {
        Path jpg = TestFiles.jpeg(tmp.resolve("scan.jpg"), 1240, 1754, 1);
        BufferedImage thumb = PagePreviews.render(jpg, 0, 160);
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(160);
        assertThat(thumb.getWidth()).isLessThan(thumb.getHeight());
        assertThat(PagePreviews.pageCount(jpg)).isEqualTo(1);
    }

    @Test
    void tiffAndPdfPagesAreCountedAndRenderedOneByOne() throws Exception {
        Path tif = TestFiles.tiff(tmp.resolve("s.tif"), TestFiles.picture(300, 200, 2), TestFiles.picture(200, 300, 3));
        assertThat(PagePreviews.pageCount(tif)).isEqualTo(2);
        assertThat(PagePreviews.render(tif, 0, 100).getWidth()).isEqualTo(100);
        assertThat(PagePreviews.render(tif, 1, 100).getHeight()).isEqualTo(100);

        Path pdf = tmp.resolve("p.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage(PDRectangle.A4));
            PDPage landscape = new PDPage(PDRectangle.A4);
            landscape.setRotation(90);
            d.addPage(landscape);
            d.save(pdf.toFile());
        }
        assertThat(PagePreviews.pageCount(pdf)).isEqualTo(2);
        BufferedImage portrait = PagePreviews.render(pdf, 0, 200);
        assertThat(portrait.getHeight()).isLessThanOrEqualTo(200).isGreaterThan(portrait.getWidth());
        BufferedImage turned = PagePreviews.render(pdf, 1, 200);
        assertThat(turned.getWidth()).as("the page's own /Rotate is shown").isGreaterThan(turned.getHeight());
        assertThatThrownBy(() -> PagePreviews.render(pdf, 7, 200)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("digitize.pageMissing"));
    }

    @Test
    void aPixelBombIsRefusedFromItsHeader() throws Exception {
        Path bomb = TestFiles.pngDeclaring(tmp.resolve("bomb.png"), 60_000, 60_000);
        assertThatThrownBy(() -> PagePreviews.render(bomb, 0, 160)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("documents.tooManyPixels"));
    }

    @Test
    void aFileOfAnotherKindIsRefusedByName() throws Exception {
        Path text = java.nio.file.Files.writeString(tmp.resolve("notes.txt"), "not a scan");
        assertThatThrownBy(() -> PagePreviews.pageCount(text)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("documents.unknownType"));
    }
}
