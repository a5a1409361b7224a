package vn.motcua.ui.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.forms.Copies;
import vn.motcua.forms.FormPrinter;
import vn.motcua.ui.Ui;

/**
 * After saving: the form the dossier produced (01 receipt, 02 request to complete, 03 refusal)
 * rendered from the database, its first page as a picture, and printing or saving it. Rendering
 * and printing run off the FX thread.
 */
public final class ReceiptPreviewModel {
    private final ObjectProperty<BufferedImage> page = new SimpleObjectProperty<>();
    private final BooleanProperty twoCopies = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty offerPdf = new SimpleBooleanProperty();
    private final Ui ui;
    private final IntakeDesk desk;
    private final IntakeResult result;
    private final FeeCounterModel fees;
    private byte[] pdf;
    private int renders;

    public ReceiptPreviewModel(Ui ui, IntakeDesk desk, IntakeResult result) {
        this.ui = ui;
        this.desk = desk;
        this.result = result;
        this.fees = new FeeCounterModel(ui, desk, result, this::render);
        twoCopies.addListener(o -> render());
    }

    /** The fees still to collect at the counter; paying re-renders the receipt. */
    public FeeCounterModel fees() {
        return fees;
    }

    /** The form last rendered, as PDF bytes; {@code null} before the first render. */
    public byte[] pdf() {
        return pdf;
    }

    /** 01, 02 or 03, from the status the dossier was saved with. */
    public String formNumber() {
        if (result.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            return "02";
        }
        return result.status() == DossierStatus.REFUSED ? "03" : "01";
    }

    public IntakeResult result() {
        return result;
    }

    public void render() {
        busy.set(true);
        Copies copies = twoCopies.get() ? Copies.TWO : Copies.ONE;
        int generation = ++renders;
        ui.runner().run(() -> {
            byte[] bytes = desk.form(formNumber(), result.code(), copies);
            return new Rendered(bytes, firstPage(bytes));
        }, r -> {
            if (generation != renders) {
                return; // a later render (fee paid, copies changed) is on its way
            }
            busy.set(false);
            pdf = r.pdf();
            page.set(r.image());
        }, e -> {
            busy.set(false);
            ui.fail(e, message::set);
        });
    }

    private record Rendered(byte[] pdf, BufferedImage image) {
    }

    static BufferedImage firstPage(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 96);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the system print dialog; no printer → the message says so and Save PDF is offered. */
    public void print() {
        if (pdf == null || busy.get()) {
            return;
        }
        byte[] bytes = pdf;
        busy.set(true);
        message.set("");
        ui.runner().run(() -> FormPrinter.print(bytes, result.code()), sent -> {
            busy.set(false);
            message.set(sent ? ui.i18n().t("intake.print.sent") : ui.i18n().t("intake.print.cancelled"));
        }, e -> {
            busy.set(false);
            if (e instanceof UserFacingException || e instanceof java.awt.HeadlessException) {
                offerPdf.set(true);
            }
            if (e instanceof java.awt.HeadlessException) {
                message.set(ui.i18n().t("forms.noPrinter"));
            } else {
                ui.fail(e, message::set);
            }
        });
    }

    /** Writes the rendered form to {@code file}. */
    public void savePdf(Path file) {
        if (pdf == null) {
            return;
        }
        byte[] bytes = pdf;
        ui.runner().run(() -> {
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UserFacingException(e, "forms.cannotWrite", file.toString(), String.valueOf(e.getMessage()));
            }
            return file;
        }, f -> message.set(ui.i18n().t("intake.pdf.saved", f.toString())), e -> ui.fail(e, message::set));
    }

    public ObjectProperty<BufferedImage> pageProperty() {
        return page;
    }

    public BooleanProperty twoCopiesProperty() {
        return twoCopies;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True once printing failed: the screen points at "Save PDF". */
    public BooleanProperty offerPdfProperty() {
        return offerPdf;
    }
}
