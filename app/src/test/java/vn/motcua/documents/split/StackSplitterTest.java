package vn.motcua.documents.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.documents.split.Stacks.DOSSIER;
import static vn.motcua.documents.split.Stacks.page;
import static vn.motcua.documents.split.Stacks.sep;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;

/** Splitting generated stacks at their separator sheets. */
class StackSplitterTest {
    @TempDir
    Path tmp;

    private final StackSplitter splitter = new StackSplitter();

    @Test
    void pdfStackIsCutAtEachSeparator() throws Exception {
        Path stack = Stacks.pdf(tmp.resolve("stack.pdf"), List.of(
                sep("CT01"), page("CT01", 1), page("CT01", 2),
                sep("CHO"), page("CHO", 1),
                sep("GTTT"), page("GTTT", 1), page("GTTT", 2), page("GTTT", 3)));

        List<StackPart> parts = splitter.split(stack);

        assertThat(parts).containsExactly(
                new StackPart(DOSSIER, "CT01", List.of(1, 2)),
                new StackPart(DOSSIER, "CHO", List.of(4)),
                new StackPart(DOSSIER, "GTTT", List.of(6, 7, 8)));
        for (StackPart part : parts) {
            for (int index : part.pageIndexes()) {
                assertThat(Stacks.text(stack, index)).as("page " + index).contains("của " + part.componentCode());
            }
        }
    }

    @Test
    void pagesBeforeTheFirstSeparatorAreUnassigned() throws Exception {
        Path stack = Stacks.pdf(tmp.resolve("stack.pdf"), List.of(
                page("?", 1), page("?", 2), sep("CT01"), page("CT01", 1)));

        List<StackPart> parts = splitter.split(stack);

        assertThat(parts).containsExactly(new StackPart(null, null, List.of(0, 1)), new StackPart(DOSSIER, "CT01", List.of(3)));
        assertThat(parts.get(0).unassigned()).isTrue();
        assertThat(parts.get(1).unassigned()).isFalse();
    }

    @Test
    void twoSeparatorsInARowReportAnEmptyPart() throws Exception {
        Path stack = Stacks.pdf(tmp.resolve("stack.pdf"), List.of(
                sep("CT01"), sep("CHO"), page("CHO", 1), sep("GTTT")));

        List<StackPart> parts = splitter.split(stack);

        assertThat(parts).containsExactly(new StackPart(DOSSIER, "CT01", List.of()),
                new StackPart(DOSSIER, "CHO", List.of(2)), new StackPart(DOSSIER, "GTTT", List.of()));
        assertThat(parts.get(0).empty()).isTrue();
        assertThat(parts.get(2).empty()).isTrue();
    }

    @Test
    void stackWithoutSeparatorIsOneUnassignedPart() throws Exception {
        Path stack = Stacks.pdf(tmp.resolve("stack.pdf"), List.of(page("?", 1), page("?", 2)));

        assertThat(splitter.split(stack)).containsExactly(new StackPart(null, null, List.of(0, 1)));
    }

    @Test
    void jpegStackWorksAndOtherQrCodesAreNotSeparators() throws Exception {
        List<Path> files = new ArrayList<>(Stacks.jpegs(tmp, List.of(
                page("?", 1), sep("CT01"), page("CT01", 1), sep("GTTT"), page("GTTT", 1))));
        // a receipt photographed with its lookup QR code is an ordinary page
        var foreign = MatrixToImageWriter.toBufferedImage(new QRCodeWriter()
                .encode("https://dichvucong.example.vn/tra-cuu?ma=" + DOSSIER, BarcodeFormat.QR_CODE, 360, 360));
        Path receipt = tmp.resolve("receipt.png");
        ImageIO.write(Stacks.plain("Phiếu tiếp nhận", foreign), "png", receipt.toFile());
        files.add(receipt);

        List<StackPart> parts = splitter.split(files);

        assertThat(parts).containsExactly(new StackPart(null, null, List.of(0)),
                new StackPart(DOSSIER, "CT01", List.of(2)), new StackPart(DOSSIER, "GTTT", List.of(4, 5)));
    }

    @Test
    void pdfAndImagesMixNumberPagesAcrossFiles() throws Exception {
        Path first = Stacks.pdf(tmp.resolve("a.pdf"), List.of(sep("CT01"), page("CT01", 1)));
        Path dir = Files.createDirectory(tmp.resolve("b"));
        List<Path> images = Stacks.jpegs(dir, List.of(page("CT01", 2), sep("CHO"), page("CHO", 1)));
        List<Path> files = new ArrayList<>(List.of(first));
        files.addAll(images);

        assertThat(splitter.split(files)).containsExactly(new StackPart(DOSSIER, "CT01", List.of(1, 2)),
                new StackPart(DOSSIER, "CHO", List.of(4)));
    }

    @Test
    void unsupportedBrokenAndOversizedFilesAreUserErrors() throws Exception {
        Path text = Files.writeString(tmp.resolve("stack.pdf.txt"), "not a scan");
        assertThatThrownBy(() -> splitter.split(text)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("scan.split.unsupported");

        Path broken = Files.write(tmp.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> splitter.split(broken)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("scan.split.unreadable");

        Path bomb = Files.write(tmp.resolve("bomb.png"), pngHeader(30_000, 30_000));
        assertThatThrownBy(() -> splitter.split(bomb)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("scan.split.tooLarge");

        assertThatThrownBy(() -> splitter.split(tmp.resolve("missing.pdf"))).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("scan.split.notFound");
    }

    /** A PNG signature and IHDR chunk declaring {@code w × h} pixels, with no image data. */
    private static byte[] pngHeader(int w, int h) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }
}
