package vn.motcua.ui.shell;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.ui.I18n;

/** Bottom line of the main window: who is logged in, the office, the portal line, the clock. */
final class StatusBar {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm  dd/MM/yyyy");
    private final HBox root;
    private final Timeline tick;
    private final Label due = new Label(null, new FontIcon(Material2AL.ALARM));
    private final FontIcon lineIcon = new FontIcon(Material2AL.CLOUD_OFF);
    private final Label line;

    StatusBar(I18n i18n, String user, String office) {
        Label userLabel = new Label(user, new FontIcon(Material2MZ.PERSON));
        userLabel.setId("statusUser");
        Label officeLabel = new Label(office, new FontIcon(Material2AL.BUSINESS));
        officeLabel.setId("statusOffice");
        line = new Label(i18n.t("status.line.notConfigured"), lineIcon);
        line.setId("statusLine");
        line.setCursor(javafx.scene.Cursor.HAND);
        Label clock = new Label();
        clock.setId("statusClock");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        due.setId("statusDue");
        due.getStyleClass().add("danger");
        due.setVisible(false);
        due.setManaged(false);
        root = new HBox(12, userLabel, new Separator(javafx.geometry.Orientation.VERTICAL), officeLabel,
                grow, due, line, new Separator(javafx.geometry.Orientation.VERTICAL), clock);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 12, 4, 12));
        root.getStyleClass().add("status-bar");
        Runnable update = () -> clock.setText(LocalDateTime.now(VIETNAM).format(CLOCK));
        update.run();
        tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> update.run()));
        tick.setCycleCount(Animation.INDEFINITE);
        tick.play();
    }

    /** The dossiers due today and overdue, in words; {@code null} hides the badge. */
    void dueBadge(String text) {
        due.setText(text);
        due.setAccessibleText(text);
        due.setVisible(text != null);
        due.setManaged(text != null);
    }

    /** Keeps the portal line current from the sync panel's view model; a click opens the panel. */
    void syncLine(vn.motcua.ui.sync.SyncPanelViewModel sync, Runnable open) {
        line.textProperty().bind(sync.statusBarProperty());
        line.setOnMouseClicked(e -> open.run());
        Runnable look = () -> {
            vn.motcua.sync.SyncStatus s = sync.statusProperty().get();
            vn.motcua.sync.SyncStatus.Line l = s == null || !sync.configuredProperty().get() ? null : s.line();
            lineIcon.setIconCode(l == vn.motcua.sync.SyncStatus.Line.UP ? Material2AL.CLOUD_DONE
                    : l == vn.motcua.sync.SyncStatus.Line.DOWN ? Material2AL.CLOUD_OFF : Material2AL.CLOUD_QUEUE);
            line.getStyleClass().removeAll("danger", "warning");
            if (l == vn.motcua.sync.SyncStatus.Line.DOWN) {
                line.getStyleClass().add("danger");
            } else if (!sync.problems().isEmpty()) {
                line.getStyleClass().add("warning");
            }
        };
        // the text changes whenever the line, the queue or the problems do: one place to look from
        sync.statusBarProperty().addListener((o, was, text) -> look.run());
        look.run();
    }

    Parent root() {
        return root;
    }

    /** Stops the clock, so a window that is gone leaves no timer behind. */
    void dispose() {
        tick.stop();
    }
}
