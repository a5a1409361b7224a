package vn.motcua.ui.sync;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.util.Duration;
import vn.motcua.sync.SyncEvent;
import vn.motcua.sync.SyncListener;
import vn.motcua.ui.Ui;

/**
 * The sync's life in the main window: the status-bar line kept current (a cheap status question
 * every few seconds, and at once when a run ends), the runner's events handed to the FX thread
 * without flooding it (upload progress is coalesced to the latest value), and the panel, built
 * when first shown.
 */
public final class SyncHome {
    /** How often the status bar asks where the sync stands. */
    public static final Duration POLL = Duration.seconds(5);

    private final SyncDesk desk;
    private final SyncPanelViewModel vm;
    private final Timeline timer;
    private final vn.motcua.ui.LatestOnFx<SyncEvent> progress;
    private final SyncListener listener = this::fromRunner;
    private SyncPanelView view;
    private volatile boolean stopped;

    public SyncHome(Ui ui, SyncDesk desk, Duration every) {
        this.desk = desk;
        this.vm = new SyncPanelViewModel(ui, desk);
        this.progress = new vn.motcua.ui.LatestOnFx<>(e -> {
            if (!stopped) {
                vm.onEvent(e);
            }
        });
        this.timer = new Timeline(new KeyFrame(every, e -> vm.refresh()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        desk.addListener(listener);
        vm.refresh();
        timer.play();
    }

    /** Called on the runner's thread: hands the event over and returns at once. */
    private void fromRunner(SyncEvent e) {
        if (stopped) {
            return;
        }
        if (e.kind() == SyncEvent.Kind.UPLOAD_PROGRESS) {
            progress.offer(e);
            return;
        }
        if (e.kind() != SyncEvent.Kind.SENT && e.kind() != SyncEvent.Kind.PULLED) {
            Platform.runLater(() -> {
                if (!stopped) {
                    vm.onEvent(e);
                }
            });
        }
    }

    public Parent view() {
        if (view == null) {
            view = new SyncPanelView(vm);
        }
        vm.refresh();
        return view.root();
    }

    /** F9 anywhere in the main window. */
    public void syncNow() {
        vm.syncNow();
    }

    public SyncPanelViewModel viewModel() {
        return vm;
    }

    public void stop() {
        stopped = true;
        timer.stop();
        desk.removeListener(listener);
    }
}
