package vn.motcua.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Builds one PDF with the shared fonts: opens the document, hands a {@link PageWriter} to the
 * form's layout, then subsets the fonts and returns the bytes. Under the fonts' lock (see
 * {@link FormFonts}).
 */
final class FormDocument {
    private FormDocument() {
    }

    static byte[] render(FormFonts fonts, String title, Consumer<PageWriter> layout) {
        return render(fonts, title, PageWriter.A4_PORTRAIT, layout);
    }

    /** The same on pages of {@code pageSize} (A4 landscape for the wide register). */
    static byte[] render(FormFonts fonts, String title, PDRectangle pageSize, Consumer<PageWriter> layout) {
        fonts.lock().lock();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("MotCua Desk");
            try (PageWriter w = new PageWriter(doc, DocFonts.embed(doc, fonts), pageSize)) {
                layout.accept(w);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the form " + title, e);
        } finally {
            fonts.lock().unlock();
        }
    }
}
