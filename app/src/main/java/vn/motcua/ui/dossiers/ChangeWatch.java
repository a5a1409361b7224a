package vn.motcua.ui.dossiers;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import vn.motcua.dossier.DossierChanges;
import vn.motcua.ui.BackgroundRunner;

/**
 * Asks every few seconds, in the background, whether the dossiers changed (another window,
 * another desk), and runs {@code onChange} on the FX thread when the token differs from the last
 * one seen. One question at a time; nothing runs after {@link #stop()} (log-out).
 */
public final class ChangeWatch {
    private final BackgroundRunner runner;
    private final Callable<DossierChanges.Token> probe;
    private final Runnable onChange;
    private final Timeline timer;
    private DossierChanges.Token last;
    private boolean asking;
    private boolean stopped;

    public ChangeWatch(BackgroundRunner runner, Callable<DossierChanges.Token> probe, Duration every, Runnable onChange) {
        this.runner = runner;
        this.probe = probe;
        this.onChange = onChange;
        this.timer = new Timeline(new KeyFrame(every, e -> poll()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** Takes the current token as the starting point, then polls. */
    public void start(DossierChanges.Token now) {
        last = now;
        timer.play();
    }

    /** One look now (the timer calls it; tests call it directly). */
    public void poll() {
        if (asking || stopped) {
            return;
        }
        asking = true;
        runner.run(probe, token -> {
            asking = false;
            if (stopped) {
                return;
            }
            boolean changed = last != null && !Objects.equals(token, last);
            last = token;
            if (changed) {
                onChange.run();
            }
        }, error -> asking = false); // the database may be busy: the next tick asks again
    }

    public void stop() {
        stopped = true;
        timer.stop();
    }
}
