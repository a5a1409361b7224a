package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Messages;
import vn.motcua.common.Language;
import vn.motcua.common.UserFacingException;

/** The real type comes from the content; every refusal names the file and the limit. */
class InputCheckTest {
    @TempDir
    Path tmp;

    private final InputCheck check = new InputCheck(ImportLimits.DEFAULTS);

    private String refusal(Path file) {
        try {
            check.check(file, file.getFileName().toString());
        } catch (UserFacingException e) {
            return e.key() + " | " + e.localized(Messages.of(Language.VI));
        }
        throw new AssertionError("accepted " + file);
    }

    @Test
    void kindIsReadFromContentNotFromTheName() throws Exception {
        Path jpegNamedPng = TestFiles.jpeg(tmp.resolve("scan.png"), 40, 30, 1);
        Path pngNamedPdf = TestFiles.png(tmp.resolve("scan.pdf"), TestFiles.picture(20, 10, 2));
        Path tiff = TestFiles.tiff(tmp.resolve("x.dat"), TestFiles.picture(20, 10, 3), TestFiles.picture(10, 20, 4));
        Path pdf = TestFiles.pdf(tmp.resolve("x.jpg"), 3);
        assertThat(FileKind.sniff(jpegNamedPng)).isEqualTo(FileKind.JPEG);
        assertThat(FileKind.sniff(pngNamedPdf)).isEqualTo(FileKind.PNG);
        assertThat(check.check(tiff, "x.dat")).extracting(CheckedFile::kind, CheckedFile::pages).containsExactly(FileKind.TIFF, 2);
        assertThat(check.check(pdf, "x.jpg")).extracting(CheckedFile::kind, CheckedFile::pages).containsExactly(FileKind.PDF, 3);
        Path text = Files.writeString(tmp.resolve("note.jpg"), "không phải ảnh");
        assertThat(refusal(text)).startsWith("documents.unknownType").contains("note.jpg");
    }

    @Test
    void badFilesAreRefusedWithTheirNameAndTheLimit() throws Exception {
        assertThat(refusal(Files.createFile(tmp.resolve("zero.jpg")))).startsWith("documents.empty").contains("zero.jpg");
        Path good = TestFiles.jpeg(tmp.resolve("good.jpg"), 200, 150, 5);
        assertThat(refusal(TestFiles.truncated(good, tmp.resolve("cut.jpg"), 0.6))).startsWith("documents.corrupt").contains("cut.jpg");
        assertThat(refusal(TestFiles.pngDeclaring(tmp.resolve("bomb.png"), 30000, 30000)))
                .startsWith("documents.tooManyPixels").contains("bomb.png").contains("30000×30000").contains("100 triệu");
        assertThat(refusal(TestFiles.brokenXrefPdf(tmp.resolve("broken.pdf")))).startsWith("documents.pdfUnreadable").contains("broken.pdf");
        InputCheck small = new InputCheck(new ImportLimits(1000, 100_000_000L, 2));
        assertThatThrownBy(() -> small.check(good, "good.jpg")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("documents.tooLarge");
        Path pdf = TestFiles.pdf(tmp.resolve("three.pdf"), 3);
        InputCheck twoPages = new InputCheck(new ImportLimits(50_000_000, 100_000_000L, 2));
        assertThatThrownBy(() -> twoPages.check(pdf, "three.pdf")).hasMessageContaining("documents.tooManyPages");
    }
}
