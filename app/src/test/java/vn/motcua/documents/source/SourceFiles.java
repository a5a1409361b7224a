package vn.motcua.documents.source;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.motcua.forms.FormFonts;
import vn.motcua.documents.TestFiles;
import vn.motcua.forms.SeparatorData;
import vn.motcua.forms.SeparatorSheet;

/** Real scans for the source tests, written from a seed: JPEG pages and stacks with real separator sheets. */
final class SourceFiles {
    private SourceFiles() {
    }

    /** A page-like JPEG ({@link TestFiles#picture}): tens of kilobytes and not trivially compressible. */
    static byte[] jpeg(int w, int h, long seed) throws IOException {
        BufferedImage img = TestFiles.picture(w, h, seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    static Path jpeg(Path file, long seed) throws IOException {
        return Files.write(file, jpeg(400, 500, seed));
    }

    /**
     * A stack PDF for dossier {@code dossier}: {@code "#CT01"} is the separator sheet of CT01,
     * anything else a text page saying that (as {@code documents/split/Stacks} builds them, but
     * for a dossier that really exists, so the parts can be filed).
     */
    static Path stack(Path file, String dossier, List<String> items) throws IOException {
        List<String> seps = items.stream().filter(i -> i.startsWith("#")).map(i -> i.substring(1)).toList();
        byte[] sheets = new SeparatorSheet(FormFonts.shared()).render(seps.stream()
                .map(c -> new SeparatorData(dossier, c, "Giấy tờ " + c)).toList());
        try (PDDocument sheetDoc = Loader.loadPDF(sheets); PDDocument stack = new PDDocument();
             InputStream in = SourceFiles.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(stack, in);
            int next = 0;
            for (String item : items) {
                if (item.startsWith("#")) {
                    stack.importPage(sheetDoc.getPage(next++));
                    continue;
                }
                PDPage page = new PDPage(PDRectangle.A4);
                stack.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(stack, page)) {
                    cs.beginText();
                    cs.setFont(font, 24);
                    cs.newLineAtOffset(80, 700);
                    cs.showText(item);
                    cs.endText();
                }
            }
            stack.save(file.toFile());
        }
        return file;
    }

    /** The raw (still JPEG-encoded) image streams of a PDF, page by page. */
    static List<byte[]> imageStreams(Path pdf) throws IOException {
        List<byte[]> streams = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                            streams.add(raw.readAllBytes());
                        }
                    }
                }
            }
        }
        return streams;
    }

    /** Every file under {@code dir} with its size: compared before and after to prove nothing changed. */
    static List<String> snapshot(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).map(p -> {
                try {
                    return dir.relativize(p) + ":" + Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
