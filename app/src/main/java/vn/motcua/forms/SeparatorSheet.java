package vn.motcua.forms;

import java.util.List;
import java.util.Objects;

/**
 * Separator sheets (trang phân cách) for scanning a whole dossier in one stack: the clerk puts
 * one before each component's papers, and the stack splitter cuts the scan at each sheet's QR
 * code. One A4 page per component: a large QR code (70 mm, error correction M, readable from a
 * creased or faded photocopy at 150 dpi) and, in large type, the dossier code and component
 * name so the clerk can sort the sheets by eye.
 */
public final class SeparatorSheet {
    static final String HEADING = "TRANG PHÂN CÁCH";
    static final String INSTRUCTION = "TRANG PHÂN CÁCH — đặt trước giấy tờ của thành phần này khi quét";
    /** Side of the QR code; with ≤ 33 modules a module is ≥ 2 mm, far above any scanner's limit. */
    static final float QR_SIZE = 70 * PageWriter.MM;
    private static final float QUIET = 8 * PageWriter.MM;

    private final FormFonts fonts;

    public SeparatorSheet(FormFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    /** One page per entry, in the given order. */
    public byte[] render(List<SeparatorData> sheets) {
        Objects.requireNonNull(sheets, "sheets");
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("No separator sheet to render");
        }
        String title = "Trang phân cách hồ sơ " + FormText.nz(sheets.get(0).dossierCode());
        return FormDocument.render(fonts, title, w -> sheets.forEach(s -> page(w, s)));
    }

    private static void page(PageWriter w, SeparatorData s) {
        String qr = SeparatorCode.format(s.dossierCode(), s.componentCode());
        w.startPart();
        w.paragraph(28, Align.CENTER, Span.bold(HEADING));
        w.down(QUIET);
        float top = w.y();
        QrDrawer.draw(w, qr, w.left() + (w.width() - QR_SIZE) / 2, top, QR_SIZE);
        w.moveTo(top - QR_SIZE - QUIET);
        w.paragraph(16, Align.CENTER, Span.regular("Mã hồ sơ"));
        w.paragraph(30, Align.CENTER, Span.bold(s.dossierCode()));
        w.down(6 * PageWriter.MM);
        w.paragraph(16, Align.CENTER, Span.regular("Thành phần " + s.componentCode()));
        w.paragraph(24, Align.CENTER, Span.bold(FormText.nz(s.componentName())));
        w.down(10 * PageWriter.MM);
        w.paragraph(16, Align.CENTER, Span.italic(INSTRUCTION));
    }
}
