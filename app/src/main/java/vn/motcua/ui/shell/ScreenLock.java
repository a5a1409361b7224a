package vn.motcua.ui.shell;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.motcua.ui.EnterKey;
import vn.motcua.ui.I18n;

/**
 * Covers the main window after some idle minutes (no key or mouse event on the scene), so a
 * desk left open shows no citizen's data: the same user types the password to go on, or logs
 * out so someone else can log in. The screen underneath is only disabled and hidden, never
 * rebuilt: what was typed, the open dossier and the intake draft are there after unlocking.
 */
public final class ScreenLock {
    /** System property: idle seconds before the lock (tests use a few seconds). */
    public static final String IDLE_SECONDS = "motcua.idleLockSeconds";
    /** Idle minutes before the lock when the property is not set. */
    public static final int DEFAULT_IDLE_MINUTES = 10;

    /** Checks the password of the user who locked; calls back on the FX thread. */
    public interface Check {
        void verify(char[] password, Runnable unlocked, Consumer<String> refused);
    }

    private final StackPane root = new StackPane();
    private final VBox cover;
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private final Label who = new Label();
    private final PauseTransition idle;
    private final Check check;
    private Node content;
    private Node focusBefore;
    private boolean armed;
    private boolean locked;

    public ScreenLock(I18n i18n, Scene scene, Check check, Runnable logOut) {
        this.check = check;
        this.idle = new PauseTransition(idleTime());
        idle.setOnFinished(e -> lock());
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (armed && !locked) {
                idle.playFromStart();
            }
        });
        Label title = new Label(i18n.t("security.lock.title"));
        title.getStyleClass().add("title-2");
        Label explain = new Label(i18n.t("security.lock.explain", String.valueOf((long) idleTime().toMinutes())));
        explain.setWrapText(true);
        password.setId("lockPassword");
        password.setPromptText(i18n.t("security.lock.password"));
        message.setId("lockMessage");
        message.setWrapText(true);
        message.getStyleClass().add("danger");
        Button unlock = new Button(i18n.t("security.lock.unlock"));
        unlock.setId("lockUnlock");
        unlock.setMnemonicParsing(true);
        unlock.getStyleClass().add("accent");
        unlock.setOnAction(e -> tryUnlock());
        Button out = new Button(i18n.t("security.lock.logOut"));
        out.setId("lockLogOut");
        out.setMnemonicParsing(true);
        out.setOnAction(e -> {
            unlockNow(false);
            logOut.run();
        });
        EnterKey.runs(password, this::tryUnlock);
        HBox buttons = new HBox(12, unlock, out);
        VBox box = new VBox(14, title, who, explain, password, buttons, message);
        box.setMaxWidth(460);
        box.setPadding(new Insets(24));
        cover = new VBox(box);
        cover.setAlignment(Pos.CENTER);
        cover.setId("screenLock");
        cover.setStyle("-fx-background-color: -color-bg-default;");
        cover.setVisible(false);
        root.getChildren().add(cover);
        this.who.setId("lockUser");
    }

    /** The idle time: the system property in seconds when set, else {@link #DEFAULT_IDLE_MINUTES}. */
    static Duration idleTime() {
        String seconds = System.getProperty(IDLE_SECONDS);
        if (seconds != null && seconds.matches("\\d{1,6}") && Integer.parseInt(seconds) > 0) {
            return Duration.seconds(Integer.parseInt(seconds));
        }
        return Duration.minutes(DEFAULT_IDLE_MINUTES);
    }

    /** Puts {@code main} under the lock and starts counting idle time for {@code userLine}'s session. */
    public Parent arm(Parent main, String userLine) {
        if (content != null) {
            root.getChildren().remove(content);
        }
        content = main;
        root.getChildren().add(0, main);
        who.setText(userLine);
        armed = true;
        if (!locked) {
            idle.playFromStart();
        }
        return root;
    }

    /** Nobody is logged in any more: no lock until the next {@link #arm}. */
    public void disarm() {
        armed = false;
        idle.stop();
        unlockNow(false);
        if (content != null) {
            root.getChildren().remove(content);
            content = null;
        }
    }

    /** Covers the screen now (the idle timer calls this). */
    public void lock() {
        if (!armed || locked || content == null) {
            return;
        }
        locked = true;
        focusBefore = root.getScene() == null ? null : root.getScene().getFocusOwner();
        content.setDisable(true);
        content.setVisible(false);
        message.setText("");
        password.clear();
        cover.setVisible(true);
        password.requestFocus();
    }

    public boolean locked() {
        return locked;
    }

    private void tryUnlock() {
        if (!locked) {
            return;
        }
        char[] typed = password.getText().toCharArray();
        password.clear();
        message.setText("");
        check.verify(typed, () -> unlockNow(true), text -> {
            message.setText(text);
            password.requestFocus();
        });
    }

    private void unlockNow(boolean restart) {
        locked = false;
        cover.setVisible(false);
        if (content != null) {
            content.setVisible(true);
            content.setDisable(false);
        }
        if (focusBefore != null) {
            focusBefore.requestFocus();
            focusBefore = null;
        }
        if (restart && armed) {
            idle.playFromStart();
        }
    }
}
