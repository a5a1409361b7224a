package vn.motcua.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The blank room a form keeps under the signer's title for a visible digital signature (the
 * chair may sign form 04 electronically, reference §13). Its place depends on how long the
 * letter runs, so the form records it in the PDF's document information and the signing code
 * reads it back with {@link #find(byte[])}. On paper the same room takes a hand signature and
 * seal, so nothing is drawn there.
 *
 * @param page   1-based page number
 * @param x      left edge in PDF points from the page's left edge
 * @param y      bottom edge in PDF points from the page's bottom edge
 * @param width  in PDF points
 * @param height in PDF points
 */
public record SignatureBox(int page, float x, float y, float width, float height) {

    /** The box a rendered form recorded, or empty when it has none. */
    public static Optional<SignatureBox> find(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String value = doc.getDocumentInformation().getCustomMetadataValue(PageWriter.SIGNATURE_BOX_KEY);
            return value == null ? Optional.empty() : Optional.of(decode(value));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signature box of a form", e);
        }
    }

    String encode() {
        return String.format(Locale.ROOT, "%d %.2f %.2f %.2f %.2f", page, x, y, width, height);
    }

    static SignatureBox decode(String value) {
        String[] p = value.strip().split(" ");
        return new SignatureBox(Integer.parseInt(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]),
                Float.parseFloat(p[3]), Float.parseFloat(p[4]));
    }
}
