package vn.motcua.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.FxBackgroundRunner;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Theme;
import vn.motcua.ui.Ui;
import vn.motcua.ui.intake.DraftAutosaver;
import vn.motcua.ui.intake.IntakeDesk;
import vn.motcua.ui.intake.IntakeDraftStore;
import vn.motcua.ui.intake.IntakeView;
import vn.motcua.ui.intake.IntakeWarmup;

/**
 * Child of {@link IntakeScreenBench}: in a shown 1366×768 window, times from "open the intake
 * screen" to the first frame painted with it (after the next post-layout pulse), first open
 * and then warm opens, alternating with the baseline (a screen holding one label). Prints
 * {@code OPEN <kind> <ms>} lines, then {@code DONE}. With {@code warm}, the screen is first
 * primed as the desk primes it during log-in.
 */
public final class IntakeScreenProbe {
    private IntakeScreenProbe() {
    }

    public static void main(String[] args) {
        AppContext context = TestOffice.open(Path.of(args[0]));
        Actor clerk = context.users().actingAs(TestOffice.ADMIN);
        Platform.startup(() -> {
            Theme.apply();
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(), 1366, 768);
            Theme.style(scene);
            stage.setScene(scene);
            I18n i18n = new I18n(Language.VI);
            Ui ui = new Ui(i18n, new DialogService(i18n, () -> stage), new FxBackgroundRunner(2), ErrorReporter.install());
            Supplier<Parent> intake = () -> new IntakeView(ui, IntakeDesk.of(context, clerk), new DraftAutosaver(
                    new IntakeDraftStore(context.dataDirectory().drafts().resolve("intake.json"), null), 500)).root();
            Supplier<Parent> label = () -> new StackPane(new Label("Tiếp nhận hồ sơ"));
            Deque<Runnable> plan = new ArrayDeque<>();
            boolean warm = args.length > 1 && args[1].equals("warm");
            if (warm) {
                // as the desk does while the log-in screen waits for the password
                plan.add(() -> {
                    IntakeWarmup.prime(ui, context);
                    new Thread(() -> {
                        sleep(1000);
                        Platform.runLater(() -> plan.poll().run());
                    }).start();
                });
            }
            plan.add(() -> open(scene, warm ? "first-intake-warmed" : "first-intake", intake, plan));
            Parent[] kept = new Parent[1];
            Supplier<Parent> keptIntake = () -> kept[0] != null ? kept[0] : (kept[0] = intake.get());
            for (int i = 0; i < 15; i++) {
                plan.add(() -> open(scene, "baseline", label, plan));
                plan.add(() -> open(scene, "intake", intake, plan));
                plan.add(() -> open(scene, "kept", keptIntake, plan));
            }
            plan.add(() -> {
                System.out.println("DONE");
                System.out.flush();
                Platform.exit();
                context.close();
            });
            stage.show();
            Platform.runLater(() -> Platform.runLater(() -> plan.poll().run()));
        });
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void open(Scene scene, String kind, Supplier<Parent> screen, Deque<Runnable> plan) {
        long t0 = System.nanoTime();
        scene.setRoot(screen.get());
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                System.out.println("OPEN " + kind + " " + (System.nanoTime() - t0) / 1e6);
                System.out.flush();
                // let the screen's background loading settle before the next measurement
                new Thread(() -> {
                    sleep(300);
                    Platform.runLater(() -> plan.poll().run());
                }).start();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
