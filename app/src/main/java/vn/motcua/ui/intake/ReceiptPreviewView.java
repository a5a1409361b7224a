package vn.motcua.ui.intake;

import java.awt.image.BufferedImage;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * After saving: the dossier code large enough to read across the counter, the due date, the
 * form as it will print, and Print (focused: Enter prints), Save PDF, two copies, next dossier.
 */
final class ReceiptPreviewView {
    private final HBox root;
    private final Button print;

    ReceiptPreviewView(Ui ui, ReceiptPreviewModel m, Runnable next) {
        I18n i18n = ui.i18n();
        IntakeResult r = m.result();
        Label saved = new Label(i18n.t(r.repeated() ? "intake.saved.repeated" : "intake.saved", i18n.t(r.status().messageKey())));
        saved.getStyleClass().add("title-4");
        saved.setWrapText(true);
        Label code = new Label(r.code());
        code.setId("intake-code");
        code.getStyleClass().add("intake-code");
        Label due = new Label(r.dueAt() == null ? i18n.t("intake.due.notRunning")
                : i18n.t("intake.due.promised", IntakeViewModel.DUE.format(vn.motcua.calendar.WorkCalendar.toLocal(r.dueAt()))));
        due.setId("intake-resultDue");
        due.setWrapText(true);
        Label form = new Label(i18n.t(switch (m.formNumber()) {
            case "02" -> "intake.form.supplement";
            case "03" -> "intake.form.refusal";
            default -> "intake.form.receipt";
        }));
        form.setWrapText(true);

        print = new Button(i18n.t("intake.print"));
        print.setId("intake-print");
        print.setDefaultButton(true);
        print.setMaxWidth(Double.MAX_VALUE);
        print.setOnAction(e -> m.print());
        Button savePdf = new Button(i18n.t("intake.savePdf"));
        savePdf.setId("intake-savePdf");
        savePdf.setMaxWidth(Double.MAX_VALUE);
        savePdf.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("intake.savePdf"));
            chooser.setInitialFileName(r.code() + "-mau-" + m.formNumber() + ".pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File f = chooser.showSaveDialog(savePdf.getScene().getWindow());
            if (f != null) {
                m.savePdf(f.toPath());
            }
        });
        m.offerPdfProperty().addListener((o, was, offer) -> {
            if (offer) {
                savePdf.requestFocus();
            }
        });
        CheckBox two = new CheckBox(i18n.t("intake.twoCopies"));
        two.setId("intake-twoCopies");
        two.selectedProperty().bindBidirectional(m.twoCopiesProperty());
        two.setVisible("01".equals(m.formNumber()));
        two.setWrapText(true);
        Button again = new Button(i18n.t("intake.next"));
        again.setId("intake-new");
        again.setMaxWidth(Double.MAX_VALUE);
        again.setOnAction(e -> next.run());
        Label message = new Label();
        message.setId("intake-previewMessage");
        message.setWrapText(true);
        message.textProperty().bind(m.messageProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(28, 28);
        progress.visibleProperty().bind(m.busyProperty());

        // the code is read across the counter: it gets the whole width above the actions and the fees
        VBox head = new VBox(8, saved, code, due);
        VBox side = new VBox(12, form, print, savePdf, two, again, progress, message);
        side.setPrefWidth(300);
        side.setMinWidth(260);
        Node fees = new FeeCounterView(ui, m.fees()).root();
        HBox columns = new HBox(16, side, fees);
        VBox left = new VBox(16, head, columns);
        left.setPadding(new Insets(16));
        left.setMinWidth(Region.USE_PREF_SIZE);

        ImageView page = new ImageView();
        page.setId("intake-preview");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        m.pageProperty().addListener((o, was, img) -> page.setImage(img == null ? null : toFx(img)));
        ScrollPane scroller = new ScrollPane(page);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("intake-preview");
        page.fitWidthProperty().bind(scroller.widthProperty().subtract(24));
        HBox.setHgrow(scroller, Priority.ALWAYS);
        ScrollPane leftScroller = new ScrollPane(left);
        leftScroller.setFitToWidth(true);
        leftScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroller.getStyleClass().add("edge-to-edge");
        leftScroller.setMinWidth(Region.USE_PREF_SIZE);
        root = new HBox(leftScroller, scroller);
        root.setAlignment(Pos.TOP_LEFT);
        root.setId("intake-result");
    }

    /** PDFBox renders to AWT; the pixels are copied over so no javafx-swing module is needed. */
    static WritableImage toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    /** Print takes the focus (Enter prints), once the scroll pane's skin has put it in the scene. */
    void focus() {
        if (print.getScene() != null) {
            print.requestFocus();
            return;
        }
        print.sceneProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (print.getScene() != null) {
                    print.sceneProperty().removeListener(this);
                    print.requestFocus();
                }
            }
        });
    }

    Node root() {
        return root;
    }
}
