package vn.motcua.signing;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made with PDFBox for the signing tests; the content streams are left uncompressed. */
public final class TestPdfs {
    /** Text on every page, findable in the file's bytes (to tamper with it). */
    public static final String MARK = "KET QUA GIAI QUYET SO 0042";

    private TestPdfs() {
    }

    public static byte[] document(int pages) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE,
                        false)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 14);
                    cs.newLineAtOffset(72, 760);
                    cs.showText(MARK + " trang " + i);
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static Path write(Path file, int pages) throws Exception {
        Files.write(file, document(pages));
        return file;
    }
}
