package vn.motcua.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.common.Language;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Intakes;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * A clerk opens and closes dossiers all day: a thousand views of a small dossier, each shown in
 * the scene (skins, CSS, layout) and closed, must all be collected — nothing long-lived (the
 * desk's change board, the strings, the dialogs) may keep one. One view left open stays
 * reachable, which shows the check can see a leak.
 */
@ExtendWith(ApplicationExtension.class)
class DossierViewMemoryTest {
    private static final int VIEWS = 1_000;
    private static final int BATCH = 25;
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1000, 700));
        stage.show();
    }

    @Test
    void aThousandClosedViewsAreCollected(FxRobot robot) throws Exception {
        try (DossierDeskFixture office = new DossierDeskFixture(dir)) {
            String code = office.receive(Intakes.RESIDENCE);
            office.context.processing().handOver(office.clerk, code, new HandOver("chuyenvien", null, 2, "thẩm định"));
            I18n i18n = new I18n(Language.VI);
            Ui ui = new Ui(i18n, new DialogService(i18n, () -> stage), BackgroundRunner.SAME_THREAD, new ErrorReporter());
            DossierEvents changes = new DossierEvents();
            StackPane host = (StackPane) stage.getScene().getRoot();
            List<WeakReference<DossierView>> closed = new ArrayList<>();
            List<WeakReference<DossierView>> open = new ArrayList<>();
            // a batch of views per FX task: the pulses in between let the scene drop the nodes it synced
            for (int batch = 0; batch < VIEWS / BATCH; batch++) {
                boolean first = batch == 0;
                robot.interact(() -> {
                    for (int i = 0; i < BATCH; i++) {
                        DossierView view = DossierView.open(office.desk, ui, changes, office.opener, code);
                        host.getChildren().setAll(view.root());
                        host.applyCss();
                        host.layout();
                        if (first && i == 0) {
                            assertThat(view.viewModel().timeline()).isNotEmpty();
                            assertThat(changes.listenerCount()).isEqualTo(1);
                        }
                        view.close();
                        host.getChildren().clear();
                        closed.add(new WeakReference<>(view));
                    }
                });
            }
            assertThat(closed).hasSize(VIEWS);
            robot.interact(() -> open.add(new WeakReference<>(DossierView.open(office.desk, ui, changes, office.opener, code))));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(changes.listenerCount()).as("only the view left open still listens").isEqualTo(1);

            for (int i = 0; i < 100 && closed.stream().anyMatch(r -> r.get() != null); i++) {
                System.gc();
                Thread.sleep(50);
            }
            assertThat(closed.stream().filter(r -> r.get() != null).count()).as("closed views still reachable").isZero();
            System.gc();
            assertThat(open.get(0).get()).as("the open view is held by the change board it listens to").isNotNull();
            robot.interact(() -> changes.changed(code)); // the one listening reloads
        }
    }
}
