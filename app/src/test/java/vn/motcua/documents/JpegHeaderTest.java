package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The marker reader agrees with ImageIO on what it accepts, and declines what it does not handle. */
class JpegHeaderTest {
    @TempDir
    Path tmp;

    @Test
    void sizeComponentsAndDensityMatchImageIo() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY}) {
            for (boolean progressive : new boolean[] {false, true}) {
                BufferedImage img = new BufferedImage(317, 451, type);
                img.getGraphics().drawImage(TestFiles.picture(317, 451, 7), 0, 0, null);
                byte[] jpeg = write(img, progressive, 300);
                JpegHeader h = JpegHeader.read(jpeg);
                assertThat(h).as("type %d progressive %s", type, progressive).isNotNull();
                Path file = Files.write(tmp.resolve("p.jpg"), jpeg);
                try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                    ImageReader reader = ImageIO.getImageReaders(in).next();
                    reader.setInput(in);
                    assertThat(h.width()).isEqualTo(reader.getWidth(0));
                    assertThat(h.height()).isEqualTo(reader.getHeight(0));
                    assertThat(h.components()).isEqualTo(reader.getRawImageType(0).getNumComponents());
                    assertThat(h.dpi()).isEqualTo(PageDpi.of(reader, 0));
                    reader.dispose();
                }
                assertThat(h.dpi()).isEqualTo(300f);
            }
        }
    }

    @Test
    void aFileWithoutDensityHasNoDpi() throws Exception {
        byte[] jpeg = write(TestFiles.picture(50, 60, 1), false, 0);
        assertThat(JpegHeader.read(jpeg)).isNotNull().extracting(JpegHeader::dpi).isEqualTo(0f);
    }

    @Test
    void damagedOrForeignHeadersAreDeclined() throws Exception {
        byte[] jpeg = write(TestFiles.picture(50, 60, 1), false, 200);
        assertThat(JpegHeader.read(Arrays.copyOf(jpeg, 30))).isNull(); // cut inside the header
        assertThat(JpegHeader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isNull();
        byte[] lossless = jpeg.clone();
        int sof = indexOfMarker(lossless, 0xC0);
        lossless[sof + 1] = (byte) 0xC3; // lossless Huffman: not for DCTDecode
        assertThat(JpegHeader.read(lossless)).isNull();
        byte[] cmyk = jpeg.clone();
        cmyk[sof + 9] = 4; // four components: CMYK / YCCK needs the general path
        assertThat(JpegHeader.read(cmyk)).isNull();
    }

    private static int indexOfMarker(byte[] b, int marker) {
        for (int i = 0; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        throw new AssertionError("no marker " + marker);
    }

    /** A JPEG from ImageIO's writer, with the JFIF density set to {@code dpi} (0 = aspect ratio only). */
    private static byte[] write(BufferedImage img, boolean progressive, int dpi) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        IIOMetadata meta = writer.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(img), param);
        Node tree = meta.getAsTree("javax_imageio_jpeg_image_1.0");
        Element jfif = (Element) ((Element) tree).getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", dpi > 0 ? "1" : "0");
        jfif.setAttribute("Xdensity", String.valueOf(dpi > 0 ? dpi : 1));
        jfif.setAttribute("Ydensity", String.valueOf(dpi > 0 ? dpi : 1));
        meta.setFromTree("javax_imageio_jpeg_image_1.0", tree);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
