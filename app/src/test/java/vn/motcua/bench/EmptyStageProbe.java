package vn.motcua.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.motcua.ui.IdleHeapProbe;

/**
 * The baseline of the start-up benchmark: an empty JavaFX {@code Stage} (an empty StackPane,
 * 1200×720 like the desk's window), started as the desk starts it (Platform.startup, no
 * Application class), and detected as painted exactly as {@code FirstFrameProbe} does: after the
 * first post-layout pulse, on the next turn of the FX loop. Prints the same markers.
 */
public final class EmptyStageProbe {
    static final String FIRST_FRAME = "MOTCUA_FIRST_FRAME";
    static final String MILESTONE = "BENCH_MILESTONE";

    private EmptyStageProbe() {
    }

    public static void main(String[] args) {
        System.out.println(MILESTONE + " main-entered " + System.currentTimeMillis());
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Platform.startup(() -> {
            System.out.println(MILESTONE + " toolkit-started " + System.currentTimeMillis());
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(), 1200, 720);
            stage.setScene(scene);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> {
                    System.out.println(FIRST_FRAME + " " + Duration.between(jvmStart, Instant.now()).toMillis());
                    System.out.flush();
                    // nothing to start in the background: the idle state begins now
                    IdleHeapProbe.measureSoon();
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.show();
        });
    }
}
