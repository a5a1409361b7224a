package vn.motcua.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import vn.motcua.logging.StartupMilestones;

/**
 * Runs {@code then} once the first frame is painted, and logs it; for the benchmark harness
 * ({@code -Dmotcua.bench.firstFrame=true}), prints a marker line it waits for.
 */
final class FirstFrameProbe {
    static final String MARKER = "MOTCUA_FIRST_FRAME";

    private FirstFrameProbe() {
    }

    static void attach(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The frame is handed to the renderer after layout; the next turn of the FX loop comes after it.
            Platform.runLater(() -> {
                StartupMilestones.reached("first frame");
                if (Boolean.getBoolean("motcua.bench.firstFrame")) {
                    System.out.println(MARKER + " " + StartupMilestones.sinceJvmStartMillis());
                    System.out.flush();
                }
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
