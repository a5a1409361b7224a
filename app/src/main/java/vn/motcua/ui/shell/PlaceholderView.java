package vn.motcua.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.motcua.ui.I18n;

/** An area that is not built yet says plainly what will come there. */
final class PlaceholderView {
    private PlaceholderView() {
    }

    static Parent of(I18n i18n, Area area) {
        FontIcon icon = new FontIcon(area.icon());
        icon.setIconSize(48);
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(i18n.t(area.key()));
        title.getStyleClass().add("title-2");
        Label body = new Label(i18n.t(area.key() + ".placeholder"));
        body.setWrapText(true);
        body.setId("placeholderText");
        body.setMaxWidth(640);
        VBox box = new VBox(16, icon, title, body);
        box.setPadding(new Insets(40));
        box.setId(area.id() + "-view");
        return box;
    }
}
