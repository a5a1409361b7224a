package vn.motcua.signing;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a signature box back: its appearance text, where it sits, and how the page renders. */
final class BoxReadBack {
    private BoxReadBack() {
    }

    /**
     * The text of the field's appearance stream, extracted with PDFTextStripper. The stripper reads
     * page content only, so the appearance is drawn on a scratch page of the (unsaved) document.
     */
    static String appearanceText(Path pdf, String fieldName) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDAnnotationWidget widget = widget(doc, fieldName);
            PDFormXObject form = new PDFormXObject(widget.getNormalAppearanceStream().getCOSObject());
            PDPage scratch = new PDPage(new PDRectangle(form.getBBox().getWidth(), form.getBBox().getHeight()));
            doc.addPage(scratch);
            try (PDPageContentStream cs = new PDPageContentStream(doc, scratch)) {
                cs.drawForm(form);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(doc.getNumberOfPages());
            stripper.setEndPage(doc.getNumberOfPages());
            return stripper.getText(doc);
        }
    }

    static PDRectangle rectangle(Path pdf, String fieldName) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return widget(doc, fieldName).getRectangle();
        }
    }

    /** 1-based page the field's widget is on. */
    static int page(Path pdf, String fieldName) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDAnnotationWidget widget = widget(doc, fieldName);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                if (doc.getPage(i).getAnnotations().stream().anyMatch(a -> a.getCOSObject() == widget.getCOSObject())) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    static BufferedImage render(Path pdf, int page, float dpi) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi);
        }
    }

    private static PDAnnotationWidget widget(PDDocument doc, String fieldName) throws Exception {
        for (PDSignatureField f : doc.getSignatureFields()) {
            if (f.getFullyQualifiedName().equals(fieldName)) {
                return f.getWidgets().get(0);
            }
        }
        throw new AssertionError("no signature field " + fieldName);
    }
}
