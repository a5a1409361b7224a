package vn.motcua.ui.dashboard;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.util.Duration;
import vn.motcua.ui.Ui;
import vn.motcua.ui.dossiers.ChangeWatch;

/**
 * The dashboard's life during one log-in: the screen, built when first shown (tiles first), and
 * the dossier list's change watch, which asks everything again when the dossiers move (another
 * window, another desk). Nothing is asked before the screen is first shown.
 */
public final class DashboardHome {
    /** How often the desk asks whether the dossiers changed (as the dossier list does). */
    public static final Duration POLL = Duration.seconds(4);

    private final Ui ui;
    private final DashboardDesk desk;
    private final Consumer<String> open;
    private final ChangeWatch watch;
    private DashboardView view;
    private boolean stopped;

    /** @param open opens one dossier (its code) */
    public DashboardHome(Ui ui, DashboardDesk desk, Consumer<String> open, Duration every) {
        this.ui = ui;
        this.desk = desk;
        this.open = open;
        this.watch = new ChangeWatch(ui.runner(), desk::changes, every, this::changed);
    }

    /** The screen, built on first use and kept for the log-in session; the first show starts the watch. */
    public Parent view() {
        if (view == null) {
            view = new DashboardView(new DashboardViewModel(ui, desk), desk, open);
            ui.runner().run(desk::changes, token -> {
                if (!stopped) {
                    watch.start(token);
                }
            }, error -> { }); // the figures below say what is wrong; the watch starts with the next screen
            view.viewModel().refresh();
        }
        return view.root();
    }

    private void changed() {
        if (view != null && !stopped) {
            view.viewModel().refresh();
        }
    }

    /** One look for changes now (tests). */
    public void checkNow() {
        watch.poll();
    }

    /** Log-out or a rebuilt window: the watch stops. */
    public void stop() {
        stopped = true;
        watch.stop();
    }
}
