package vn.motcua.ui.dossiers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import vn.motcua.common.UserFacingException;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.Ui;

/**
 * Runs one action over several dossiers in the background, one service call (one transaction)
 * per dossier, so each is moved or refused on its own. The next dossier starts when the previous
 * one has answered, which gives the progress bar a step per dossier on the FX thread. An
 * unexpected failure is reported and, like a refusal, does not stop the rest.
 */
final class BulkRun {
    /** One dossier's move; throws {@link UserFacingException} when the service refuses it. */
    interface Action {
        void apply(String code) throws Exception;
    }

    private final Ui ui;
    private final List<String> codes;
    private final Action action;
    private final DoubleConsumer progress;
    private final Consumer<BulkOutcome> finished;
    private final List<String> done = new ArrayList<>();
    private final List<BulkOutcome.Refusal> refused = new ArrayList<>();

    private BulkRun(Ui ui, List<String> codes, Action action, DoubleConsumer progress, Consumer<BulkOutcome> finished) {
        this.ui = ui;
        this.codes = List.copyOf(codes);
        this.action = action;
        this.progress = progress;
        this.finished = finished;
    }

    static void start(Ui ui, List<String> codes, Action action, DoubleConsumer progress, Consumer<BulkOutcome> finished) {
        new BulkRun(ui, codes, action, progress, finished).next(0);
    }

    private void next(int index) {
        progress.accept(codes.isEmpty() ? 1 : (double) index / codes.size());
        if (index == codes.size()) {
            finished.accept(new BulkOutcome(done, refused));
            return;
        }
        String code = codes.get(index);
        BackgroundRunner runner = ui.runner();
        runner.run(() -> {
            action.apply(code);
            return code;
        }, ok -> {
            done.add(ok);
            next(index + 1);
        }, error -> {
            if (error instanceof UserFacingException e) {
                refused.add(new BulkOutcome.Refusal(code, ui.i18n().t(e)));
            } else {
                ui.errors().report(error);
                refused.add(new BulkOutcome.Refusal(code, ui.i18n().t("dossiers.bulk.failed")));
            }
            next(index + 1);
        });
    }
}
