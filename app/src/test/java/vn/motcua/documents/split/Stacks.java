package vn.motcua.documents.split;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.motcua.forms.FormFonts;
import vn.motcua.forms.PdfReadBack;
import vn.motcua.forms.SeparatorData;
import vn.motcua.forms.SeparatorSheet;

/**
 * Builds scanned stacks for the tests: real separator pages from {@link SeparatorSheet}
 * interleaved with plain pages that say which component they belong to ("Trang 2 của CT01").
 * A stack is described as a list of items: {@code sep("CT01")} or {@code page("CT01", 2)}.
 */
final class Stacks {
    static final String DOSSIER = "000.00.25.H40-260105-0007";

    private Stacks() {
    }

    record Item(String component, int page) {
        boolean separator() {
            return page == 0;
        }

        String label() {
            return "Trang " + page + " của " + component;
        }
    }

    static Item sep(String component) {
        return new Item(component, 0);
    }

    static Item page(String component, int page) {
        return new Item(component, page);
    }

    static byte[] separators(List<String> components) {
        return new SeparatorSheet(FormFonts.shared()).render(components.stream()
                .map(c -> new SeparatorData(DOSSIER, c, "Giấy tờ " + c)).toList());
    }

    /** The stack as one PDF written to {@code file}. */
    static Path pdf(Path file, List<Item> items) throws IOException {
        List<String> seps = items.stream().filter(Item::separator).map(Item::component).toList();
        try (PDDocument sheets = Loader.loadPDF(separators(seps.isEmpty() ? List.of("X") : seps));
             PDDocument stack = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = Stacks.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
                font = PDType0Font.load(stack, in);
            }
            int nextSheet = 0;
            for (Item item : items) {
                if (item.separator()) {
                    stack.importPage(sheets.getPage(nextSheet++));
                    continue;
                }
                PDPage page = new PDPage(PDRectangle.A4);
                stack.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(stack, page)) {
                    cs.beginText();
                    cs.setFont(font, 24);
                    cs.newLineAtOffset(80, 700);
                    cs.showText(item.label());
                    cs.endText();
                }
            }
            stack.save(file.toFile());
        }
        return file;
    }

    /** The stack as one JPEG per page in {@code dir} (separators rendered from the PDF at 200 dpi). */
    static List<Path> jpegs(Path dir, List<Item> items) throws IOException {
        List<String> seps = items.stream().filter(Item::separator).map(Item::component).toList();
        byte[] sheets = separators(seps.isEmpty() ? List.of("X") : seps);
        List<Path> files = new ArrayList<>();
        int nextSheet = 1;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            BufferedImage image = item.separator() ? PdfReadBack.image(sheets, nextSheet++, 200) : plain(item.label(), null);
            Path f = dir.resolve(String.format("scan-%03d.jpg", i + 1));
            ImageIO.write(rgb(image), "jpg", f.toFile());
            files.add(f);
        }
        return files;
    }

    /** A grey A4 page image at 150 dpi with a line of text and optionally some other QR code. */
    static BufferedImage plain(String label, BufferedImage qr) {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
        g.drawString(label, 160, 300);
        if (qr != null) {
            g.drawImage(qr, 700, 1200, null);
        }
        g.dispose();
        return image;
    }

    static BufferedImage rgb(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Text of page {@code index} (0-based) of a stack PDF. */
    static String text(Path pdf, int index) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setStartPage(index + 1);
            s.setEndPage(index + 1);
            return s.getText(doc);
        }
    }
}
