package vn.motcua.ui.documents;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.ui.I18n;

/**
 * A staged page in the strip: its thumbnail turned as the clerk turned it (a spinner until the
 * background rendering is done), a "looks blank" badge in words and icon, and "3 · scan.jpg".
 * Bindings are undone in {@link #updateItem} so a recycled cell never shows another page.
 */
final class PageCell extends ListCell<StagedPageItem> {
    static final double FRAME = 150;
    private final ImageView image = new ImageView();
    private final ProgressIndicator waiting = new ProgressIndicator();
    private final Label problem = new Label("!");
    private final Label badge;
    private final Label caption = new Label();
    private final VBox box;

    PageCell(I18n i18n) {
        image.setPreserveRatio(true);
        image.setFitWidth(FRAME - 10);
        image.setFitHeight(FRAME - 10);
        image.setSmooth(true);
        waiting.setPrefSize(28, 28);
        badge = new Label(i18n.t("digitize.page.blank"), new FontIcon(Material2MZ.WARNING));
        badge.getStyleClass().addAll("digitize-blank-badge");
        badge.setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #5c4400; -fx-padding: 1 4; -fx-background-radius: 3;");
        badge.setContentDisplay(ContentDisplay.LEFT);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        problem.getStyleClass().add("danger");
        StackPane frame = new StackPane(waiting, problem, new Group(image), badge);
        frame.setMinSize(FRAME, FRAME);
        frame.setPrefSize(FRAME, FRAME);
        frame.setMaxSize(FRAME, FRAME);
        frame.setStyle("-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-default;");
        caption.setMaxWidth(FRAME);
        box = new VBox(4, frame, caption);
        box.setAlignment(Pos.TOP_CENTER);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(StagedPageItem item, boolean empty) {
        super.updateItem(item, empty);
        image.imageProperty().unbind();
        image.rotateProperty().unbind();
        badge.visibleProperty().unbind();
        waiting.visibleProperty().unbind();
        problem.visibleProperty().unbind();
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        image.imageProperty().bind(item.thumbnailProperty());
        image.rotateProperty().bind(item.rotationProperty());
        badge.visibleProperty().bind(item.blankProperty());
        waiting.visibleProperty().bind(item.readyProperty().not());
        problem.visibleProperty().bind(item.problemProperty().isNotEmpty());
        caption.setText((getIndex() + 1) + " · " + item.label());
        setAccessibleText(caption.getText());
        setGraphic(box);
    }
}
