package vn.motcua.ui.dossier;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * The citizen's rating of a returned dossier (reference §14), in its own window meant for the
 * citizen: on the second screen when the desk has one, else full size on this screen with a
 * line asking the clerk to turn it around. Three big buttons, also keys 1/2/3; "không hài lòng"
 * asks for the reason before it is sent. Thanks, then closes by itself.
 */
public final class RatingWindow {
    /** How long the thank-you stays before the window closes. */
    static final Duration THANKS_FOR = Duration.seconds(6);
    private final Stage stage = new Stage();
    private final Ui ui;
    private final DossierDesk desk;
    private final String code;
    private final Runnable onRated;
    private final VBox choice;
    private final VBox reasonBox;
    private final TextField reason = new TextField();
    private final Label message = new Label();
    private final Label thanks = new Label();
    private boolean sending;

    private RatingWindow(Ui ui, DossierDesk desk, String code, String applicant, Window owner, Runnable onRated) {
        this.ui = ui;
        this.desk = desk;
        this.code = code;
        this.onRated = onRated;
        I18n i18n = ui.i18n();
        stage.setTitle(i18n.t("ui.dossier.rating.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        Label question = big(i18n.t("ui.dossier.rating.question"), 30);
        Label who = new Label(i18n.t("ui.dossier.rating.dossier", code, applicant));
        who.getStyleClass().add("text-muted");
        HBox buttons = new HBox(24, level(1, i18n.t("ui.dossier.rating.level1"), "success"),
                level(2, i18n.t("ui.dossier.rating.level2"), "accent"), level(3, i18n.t("ui.dossier.rating.level3"), "danger"));
        buttons.setAlignment(Pos.CENTER);
        reason.setId("rating-reason");
        reason.setPrefColumnCount(40);
        reason.setOnAction(e -> send(3));
        Button sendReason = new Button(i18n.t("ui.dossier.rating.send"));
        sendReason.setId("rating-send");
        sendReason.setOnAction(e -> send(3));
        Label reasonLabel = new Label(i18n.t("ui.dossier.rating.reason"));
        reasonLabel.setLabelFor(reason);
        reasonBox = new VBox(8, reasonLabel, new HBox(8, reason, sendReason));
        reasonBox.setMaxWidth(760);
        show(reasonBox, false);
        message.setId("rating-message");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        choice = new VBox(28, question, who, buttons, reasonBox, message);
        choice.setAlignment(Pos.CENTER);
        thanks.setId("rating-thanks");
        thanks.setStyle("-fx-font-size: 34px;");
        Button close = new Button(i18n.t("dialog.close"));
        close.setId("rating-close");
        close.setOnAction(e -> close());
        VBox done = new VBox(24, thanks, close);
        done.setAlignment(Pos.CENTER);
        show(done, false);
        thanks.textProperty().addListener((o, was, now) -> {
            show(choice, false);
            show(done, true);
            close.requestFocus();
        });
        VBox root = new VBox(choice, done);
        root.setId("rating-window");
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(40));
        VBox.setVgrow(choice, Priority.ALWAYS);
        Scene scene = new Scene(root);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        place(i18n, root);
    }

    /** Opens the rating window for a returned dossier; {@code onRated} runs on the FX thread once it is stored. */
    public static RatingWindow open(Ui ui, DossierDesk desk, String code, String applicant, Window owner, Runnable onRated) {
        RatingWindow w = new RatingWindow(ui, desk, code, applicant, owner, onRated);
        w.stage.show();
        w.stage.toFront();
        return w;
    }

    /** The second screen if there is one; else this screen, full size, with a word for the clerk. */
    private void place(I18n i18n, VBox root) {
        Rectangle2D bounds;
        if (Screen.getScreens().size() > 1) {
            Screen citizen = Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst()
                    .orElse(Screen.getPrimary());
            bounds = citizen.getVisualBounds();
        } else {
            bounds = Screen.getPrimary().getVisualBounds();
            Label turn = new Label(i18n.t("ui.dossier.rating.turnScreen"), new FontIcon(Material2MZ.SCREEN_ROTATION));
            turn.setId("rating-turn");
            turn.getStyleClass().add("text-muted");
            root.getChildren().add(0, turn);
        }
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    private Button level(int n, String text, String style) {
        Button b = new Button(n + "  " + text);
        b.setId("rating-" + n);
        b.getStyleClass().addAll("button-outlined", style);
        b.setStyle("-fx-font-size: 26px; -fx-padding: 28 36 28 36;");
        b.setMinWidth(260);
        b.setOnAction(e -> choose(n));
        return b;
    }

    private static Label big(String text, int size) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-font-size: " + size + "px; -fx-font-weight: bold;");
        return l;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
            return;
        }
        if (reason.isFocused() || thanks.getText() != null && !thanks.getText().isEmpty()) {
            return;
        }
        int n = switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            default -> 0;
        };
        if (n > 0) {
            choose(n);
            e.consume();
        }
    }

    private void choose(int level) {
        if (level == 3) {
            show(reasonBox, true);
            reason.requestFocus();
            if (!reason.getText().isBlank()) {
                send(3);
            }
            return;
        }
        send(level);
    }

    private void send(int level) {
        String why = level == 3 ? reason.getText().strip() : null;
        if (level == 3 && why.isEmpty()) {
            message.setText(ui.i18n().t("ui.dossier.rating.reasonNeeded"));
            return;
        }
        if (sending) {
            return;
        }
        sending = true;
        ui.runner().run(() -> desk.rate(code, level, why), r -> {
            sending = false;
            thanks.setText(ui.i18n().t("ui.dossier.rating.thanks"));
            onRated.run();
            PauseTransition later = new PauseTransition(THANKS_FOR);
            later.setOnFinished(e -> close());
            later.play();
        }, error -> {
            sending = false;
            ui.fail(error, message::setText);
        });
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    public Stage stage() {
        return stage;
    }

    public void close() {
        stage.close();
    }
}
