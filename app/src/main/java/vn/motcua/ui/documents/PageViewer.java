package vn.motcua.ui.documents;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import vn.motcua.ui.I18n;

/**
 * The selected page, large: fitted to the panel at zoom 100 %, turned as staged. The image sits
 * in a {@link Group} so its turned bounds, not its unturned ones, size the scroll area.
 */
final class PageViewer {
    private final StackPane root;

    PageViewer(I18n i18n, DigitizationViewModel vm) {
        ImageView image = new ImageView();
        image.setId("digitize-large");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.imageProperty().bind(vm.largeProperty());
        StackPane holder = new StackPane(new Group(image));
        holder.setAlignment(Pos.CENTER);
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setId("digitize-viewer");
        scroll.setPannable(true);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        InvalidationListener fit = o -> {
            StagedPageItem item = vm.staging().selectedProperty().get();
            int turn = item == null ? 0 : item.rotationProperty().get();
            image.setRotate(turn);
            double w = Math.max(50, scroll.getViewportBounds().getWidth() - 16) * vm.zoomProperty().get();
            double h = Math.max(50, scroll.getViewportBounds().getHeight() - 16) * vm.zoomProperty().get();
            boolean sideways = turn % 180 != 0;
            image.setFitWidth(sideways ? h : w);
            image.setFitHeight(sideways ? w : h);
        };
        scroll.viewportBoundsProperty().addListener(fit);
        vm.zoomProperty().addListener(fit);
        vm.staging().selectedProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.rotationProperty().removeListener(fit);
            }
            if (now != null) {
                now.rotationProperty().addListener(fit);
            }
            fit.invalidated(null);
        });
        Label empty = new Label(i18n.t("digitize.dropHint"));
        empty.setId("digitize-dropHint");
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(Bindings.isEmpty(vm.staging().pages()));
        root = new StackPane(scroll, empty);
    }

    StackPane root() {
        return root;
    }
}
