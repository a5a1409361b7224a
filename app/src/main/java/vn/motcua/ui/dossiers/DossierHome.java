package vn.motcua.ui.dossiers;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.util.Duration;
import vn.motcua.dossier.DossierChanges;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.ui.Ui;

/**
 * The dossier list's life during one log-in: the status-bar badge (due today + overdue), the
 * morning summary, the background watch that refreshes list and badge when the dossiers change,
 * and the list screen itself, built when first shown and kept until log-out.
 */
public final class DossierHome {
    /** How often the desk asks whether the dossiers changed. */
    public static final Duration POLL = Duration.seconds(4);

    private final Ui ui;
    private final DossierDesk desk;
    private final String username;
    private final MorningSummaryStore summaries;
    private final Consumer<String> badge;
    private final Consumer<String> open;
    private final ChangeWatch watch;
    private DossierListView view;
    private boolean stopped;

    /**
     * @param summaryFile where the last morning summary per user is remembered
     * @param badge       receives the badge text, or {@code null} when nothing is due or late
     * @param open        opens one dossier (its code)
     */
    public DossierHome(Ui ui, DossierDesk desk, String username, Path summaryFile, Consumer<String> badge, Consumer<String> open,
            Duration every) {
        this.ui = ui;
        this.desk = desk;
        this.username = username;
        this.summaries = new MorningSummaryStore(summaryFile);
        this.badge = badge;
        this.open = open;
        this.watch = new ChangeWatch(ui.runner(), desk::changes, every, this::changed);
    }

    /** After log-in: the badge, the morning summary if it is due, then the watch. */
    public void start() {
        ui.runner().run(() -> {
            DossierChanges.Token token = desk.changes();
            MorningSummary summary = MorningSummary.ask(desk);
            boolean show = summary.worthShowing() && summaries.due(username, summary.today());
            if (show) {
                summaries.shown(username, summary.today());
            }
            return new Started(token, summary, show);
        }, started -> {
            if (stopped) {
                return;
            }
            badge(started.summary().dueToday(), started.summary().overdue());
            watch.start(started.token());
            if (started.show()) {
                ui.dialogs().show(MorningSummaryDialog.create(ui.i18n(), started.summary()));
            }
        }, ui.errors()::report);
    }

    private record Started(DossierChanges.Token token, MorningSummary summary, boolean show) {
    }

    /** The list screen, built on first use and kept for the log-in session. */
    public Parent view() {
        if (view == null) {
            view = new DossierListView(ui, new DossierListViewModel(ui, desk), open);
            view.load();
        }
        return view.root();
    }

    /** Something changed elsewhere: the badge and (if built) the list ask again. */
    void changed() {
        refreshBadge();
        if (view != null) {
            view.viewModel().refresh();
        }
    }

    /** Asks for the badge's counts again (also after this desk's own bulk work). */
    public void refreshBadge() {
        ui.runner().run(() -> desk.counts(null), this::badge, ui.errors()::report);
    }

    /** One look for changes now, without waiting for the timer (tests; a window regaining focus). */
    public void checkNow() {
        watch.poll();
    }

    private void badge(Map<DossierFilter.Tab, Long> counts) {
        badge(counts.getOrDefault(DossierFilter.Tab.TODAY, 0L), counts.getOrDefault(DossierFilter.Tab.OVERDUE, 0L));
    }

    private void badge(long today, long overdue) {
        if (stopped) {
            return;
        }
        badge.accept(today + overdue == 0 ? null : ui.i18n().t("dossiers.badge", String.valueOf(today), String.valueOf(overdue)));
    }

    /** Log-out or a rebuilt window: the watch stops, late answers are ignored. */
    public void stop() {
        stopped = true;
        watch.stop();
    }
}
