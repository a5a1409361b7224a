package vn.motcua.ui.dossiers;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.FxBackgroundRunner;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Theme;
import vn.motcua.ui.Ui;

/**
 * Child process of {@code HistoryBench} (issue 7: "scrolling the list never blocks the FX thread
 * for more than one frame"): the real dossier list in a shown 1366×768 window on the benchmark's
 * million-dossier database. A watcher thread posts a probe to the FX thread every 2 ms and
 * records how long each waited: the longest wait is the longest time the FX thread was busy.
 * First while the list sits idle (the baseline), then while a clerk-like script moves the
 * selection down row by row through pages of the All tab, turns pages, searches a folded name
 * and switches to the Overdue tab. Prints {@code WAIT <phase> <max> <p99> <median> <n>} lines
 * (ms), then {@code DONE}.
 */
public final class DossierListScrollProbe {
    private static final int PAGES = 12;

    private DossierListScrollProbe() {
    }

    public static void main(String[] args) throws Exception {
        AppContext context = TestOffice.open(Path.of(args[0]));
        Actor clerk = context.users().actingAs(TestOffice.ADMIN);
        CountDownLatch shown = new CountDownLatch(1);
        DossierListView[] view = new DossierListView[1];
        Platform.startup(() -> {
            Theme.apply();
            Stage stage = new Stage();
            I18n i18n = new I18n(Language.VI);
            Ui ui = new Ui(i18n, new DialogService(i18n, () -> stage), new FxBackgroundRunner(2), ErrorReporter.install());
            DossierListViewModel vm = new DossierListViewModel(ui, DossierDesk.of(context, clerk, Clock.systemDefaultZone()));
            view[0] = new DossierListView(ui, vm, code -> { });
            Scene scene = new Scene(view[0].root(), 1366, 768);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            view[0].load();
            shown.countDown();
        });
        shown.await();
        DossierListView list = view[0];
        DossierListViewModel vm = list.viewModel();
        settle(vm);
        Watcher idle = Watcher.during("idle", () -> pause(3000));
        Watcher scroll = Watcher.during("scroll", () -> {
            fx(() -> vm.selectTab(DossierFilter.Tab.ALL));
            settle(vm);
            @SuppressWarnings("unchecked")
            TableView<DossierLine> table = (TableView<DossierLine>) list.root().lookup(".table-view");
            for (int page = 0; page < PAGES; page++) {
                int rows = onFx(() -> table.getItems().size());
                for (int row = 0; row < rows; row++) {
                    int r = row;
                    fx(() -> {
                        table.getSelectionModel().clearAndSelect(r);
                        table.scrollTo(Math.max(0, r - 10));
                    });
                    pause(8); // a key held down repeats about this fast
                }
                fx(vm::nextPage);
                settle(vm);
            }
            fx(() -> vm.search("hong"));
            settle(vm);
            fx(() -> vm.selectTab(DossierFilter.Tab.OVERDUE));
            settle(vm);
        });
        idle.print();
        scroll.print();
        System.out.println("DONE");
        System.out.flush();
        Platform.exit();
        context.close();
        System.exit(0);
    }

    /** Waits until the list has answered its last question. */
    private static void settle(DossierListViewModel vm) throws InterruptedException {
        pause(50);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            if (!vm.loadingProperty().get()) {
                done.countDown();
                return;
            }
            vm.loadingProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        vm.loadingProperty().removeListener(this);
                        done.countDown();
                    }
                }
            });
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the list did not answer within a minute");
        }
    }

    private static void fx(Runnable r) throws InterruptedException {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFx(java.util.function.Supplier<T> s) throws InterruptedException {
        Object[] out = new Object[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            out[0] = s.get();
            done.countDown();
        });
        done.await();
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Posts a probe to the FX thread every 2 ms (never two at once) and keeps how long each waited. */
    private static final class Watcher {
        private final String phase;
        private final List<Double> waits = Collections.synchronizedList(new ArrayList<>());

        private Watcher(String phase) {
            this.phase = phase;
        }

        interface Script {
            void run() throws Exception;
        }

        static Watcher during(String phase, Script script) throws Exception {
            Watcher w = new Watcher(phase);
            AtomicBoolean on = new AtomicBoolean(true);
            Thread t = new Thread(() -> {
                while (on.get()) {
                    CountDownLatch ran = new CountDownLatch(1);
                    long t0 = System.nanoTime();
                    Platform.runLater(() -> {
                        w.waits.add((System.nanoTime() - t0) / 1e6);
                        ran.countDown();
                    });
                    try {
                        ran.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    pause(2);
                }
            }, "fx-watcher");
            t.setDaemon(true);
            t.start();
            try {
                script.run();
            } finally {
                on.set(false);
                t.join();
            }
            return w;
        }

        void print() {
            List<Double> s = new ArrayList<>(waits);
            Collections.sort(s);
            double max = s.get(s.size() - 1);
            double p99 = s.get((int) Math.min(s.size() - 1, Math.round(s.size() * 0.99)));
            double median = s.get(s.size() / 2);
            System.out.println(String.format(Locale.ROOT, "WAIT %s %.2f %.2f %.2f %d", phase, max, p99, median, s.size()));
        }
    }
}
