package vn.motcua.ui.documents;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.ui.I18n;

/** The parts of a scanned stack, shown over the page viewer until filed or closed. */
final class StackReviewPane {
    private final VBox root;

    StackReviewPane(I18n i18n, StackReview review) {
        Label header = new Label();
        header.getStyleClass().add("title-4");
        header.textProperty().bind(Bindings.createStringBinding(() -> review.fileProperty().get() == null ? i18n.t("digitize.stack.reading")
                : i18n.t("digitize.stack.header", review.fileProperty().get().getFileName()), review.fileProperty()));
        ListView<String> parts = new ListView<>(review.parts());
        parts.setId("digitize-stackParts");
        VBox.setVgrow(parts, Priority.ALWAYS);
        Label message = new Label();
        message.setId("digitize-stackMessage");
        message.setWrapText(true);
        message.textProperty().bind(review.messageProperty());
        Button file = new Button(i18n.t("digitize.stack.file"));
        file.setId("digitize-stackFile");
        file.getStyleClass().add("accent");
        file.disableProperty().bind(review.fileableProperty().not().or(review.busyProperty()));
        file.setOnAction(e -> review.fileParts());
        Button close = new Button(i18n.t("digitize.stack.close"));
        close.setId("digitize-stackClose");
        close.disableProperty().bind(review.busyProperty());
        close.setOnAction(e -> review.close());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(review.busyProperty());
        HBox buttons = new HBox(8, file, close, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, header, parts, message, buttons);
        root.setId("digitize-stackReview");
        root.setPadding(new Insets(10));
        root.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;");
    }

    VBox root() {
        return root;
    }
}
