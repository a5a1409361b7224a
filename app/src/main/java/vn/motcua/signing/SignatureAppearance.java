package vn.motcua.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.motcua.calendar.WorkCalendar;

/**
 * The visible signature box, built as the one-page "visual signature template" PDFBox copies
 * the widget rectangle and appearance from (PDFBox's CreateVisibleSignature2 way). The box
 * says who signed and when, in Vietnamese, the way Vietnamese signed documents show it:
 * "Ký bởi: …", "Thời gian ký: …" (Vietnam time), then the reason and place when given.
 */
final class SignatureAppearance {
    static final float FONT_SIZE = 9;
    private static final float MIN_FONT_SIZE = 5;
    private static final float PADDING = 4;
    private static final float LEADING = 1.25f;
    private static final float DEFAULT_WIDTH = 230;
    private static final float MARGIN = 36;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

    private SignatureAppearance() {
    }

    /** The box's lines: the first (the signer) bold, the others regular. */
    static List<String> lines(String signerName, Instant signedAt, String reason, String location) {
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + signerName);
        lines.add("Thời gian ký: " + TIME.format(signedAt.atZone(WorkCalendar.ZONE)));
        if (reason != null && !reason.isBlank()) {
            lines.add("Lý do: " + reason.strip());
        }
        if (location != null && !location.isBlank()) {
            lines.add("Nơi ký: " + location.strip());
        }
        return lines;
    }

    /**
     * The template PDF for a box on {@code page}: at {@code box} when given (the text shrinks to
     * fit it), else {@value #DEFAULT_WIDTH} points wide at the bottom right inside a half-inch
     * margin, as tall as its text.
     */
    static byte[] template(PDPage page, SignatureBox box, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); BoxText text = BoxText.embed(doc)) {
            List<String> printable = new ArrayList<>();
            for (String line : lines) {
                printable.add(text.printable(line));
            }
            float width = box == null ? DEFAULT_WIDTH : box.width();
            float size = FONT_SIZE;
            List<Line> laid = layout(text, printable, size, width);
            if (box != null) {
                while (size > MIN_FONT_SIZE && height(laid, size) > box.height()) {
                    size -= 0.5f;
                    laid = layout(text, printable, size, width);
                }
            }
            PDRectangle crop = page.getCropBox();
            PDRectangle rect = box != null ? new PDRectangle(box.x(), box.y(), box.width(), box.height())
                    : new PDRectangle(crop.getUpperRightX() - MARGIN - width, crop.getLowerLeftY() + MARGIN, width, height(laid, size));

            PDPage templatePage = new PDPage(page.getMediaBox());
            doc.addPage(templatePage);
            PDAcroForm acroForm = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            widget.setRectangle(rect);

            PDFormXObject form = new PDFormXObject(new PDStream(doc));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            draw(doc, stream, rect, laid, size);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void draw(PDDocument doc, PDAppearanceStream stream, PDRectangle rect, List<Line> lines, float size)
            throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
            cs.setStrokingColor(0.7f, 0f, 0f);
            cs.setLineWidth(0.8f);
            cs.addRect(0.4f, 0.4f, rect.getWidth() - 0.8f, rect.getHeight() - 0.8f);
            cs.stroke();
            cs.setNonStrokingColor(0.7f, 0f, 0f);
            float y = rect.getHeight() - PADDING - size;
            for (Line line : lines) {
                cs.beginText();
                cs.setFont(line.font(), size);
                cs.newLineAtOffset(PADDING, y);
                cs.showText(line.text());
                cs.endText();
                y -= size * LEADING;
            }
        }
    }

    private record Line(String text, PDType0Font font) {
    }

    private static List<Line> layout(BoxText text, List<String> printable, float size, float width) throws IOException {
        List<Line> laid = new ArrayList<>();
        for (int i = 0; i < printable.size(); i++) {
            PDType0Font font = i == 0 ? text.bold : text.regular;
            for (String piece : text.wrap(printable.get(i), font, size, width - 2 * PADDING)) {
                laid.add(new Line(piece, font));
            }
        }
        return laid;
    }

    private static float height(List<Line> lines, float size) {
        return 2 * PADDING + size + (lines.size() - 1) * size * LEADING + size * 0.3f;
    }
}
