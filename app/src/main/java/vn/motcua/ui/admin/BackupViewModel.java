package vn.motcua.ui.admin;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.backup.BackupKind;
import vn.motcua.backup.BackupService;
import vn.motcua.backup.BackupSettings;
import vn.motcua.backup.KeptPassphrase;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.ui.LatestOnFx;
import vn.motcua.ui.Ui;

/**
 * Sao lưu: the last good backup, the daily schedule, and "back up now" — with the typed passphrase
 * or the one kept for the daily backup — on the background runner with a progress bar, so the
 * desk stays usable while a large store is sealed.
 */
public final class BackupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(WorkCalendar.ZONE);

    private final Ui ui;
    private final BackupService backups;
    private final java.nio.file.Path scheduleFile;
    private final KeptPassphrase kept;
    private final Actor actor;
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final BooleanProperty useKept = new SimpleBooleanProperty(false);
    private final BooleanProperty keptAvailable = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty done = new SimpleBooleanProperty(false);

    /** {@code kept}: null for an office without a key (no passphrase can be kept). */
    public BackupViewModel(Ui ui, BackupService backups, java.nio.file.Path scheduleFile, KeptPassphrase kept, Actor actor) {
        this.ui = ui;
        this.backups = backups;
        this.scheduleFile = scheduleFile;
        this.kept = kept;
        this.actor = actor;
    }

    /** Reads the records and the schedule (small files) off the FX thread. */
    public void load() {
        ui.runner().run(() -> {
            Optional<String> last = backups.records().lastGood().map(g -> ui.i18n().t("backup.ui.lastGood", WHEN.format(g.at()),
                    g.file().toString()));
            BackupSettings s = BackupSettings.load(scheduleFile);
            boolean hasKept = kept != null && kept.isKept();
            String schedule = s.enabled() ? ui.i18n().t("backup.ui.scheduleOn", s.at().toString(), String.valueOf(s.keep()))
                    : ui.i18n().t("backup.ui.scheduleOff");
            String phrase = ui.i18n().t(hasKept ? "backup.schedule.passphraseKept" : "backup.schedule.noPassphrase");
            return new Object[] {last.orElse(ui.i18n().t("backup.ui.none")) + "\n" + schedule + "\n" + phrase, hasKept};
        }, r -> {
            status.set((String) r[0]);
            keptAvailable.set((Boolean) r[1]);
            useKept.set((Boolean) r[1]);
        }, this::fail);
    }

    /** Writes a manual backup into the office's backups folder. */
    public void backUpNow() {
        if (running.get()) {
            return;
        }
        boolean fromKept = useKept.get() && kept != null;
        char[] typed = passphrase.get().toCharArray();
        passphrase.set("");
        if (!fromKept && typed.length == 0) {
            show(false, ui.i18n().t("backup.ui.passphraseNeeded"));
            return;
        }
        running.set(true);
        progress.set(0);
        show(true, ui.i18n().t("backup.ui.running"));
        LatestOnFx<Double> bar = new LatestOnFx<>(progress::set);
        ui.runner().run(() -> {
            // the kept phrase is read (a file, decrypted) off the FX thread, like the backup itself
            char[] phrase = fromKept ? kept.read().orElseThrow(() -> new UserFacingException("backup.ui.passphraseNeeded")) : typed;
            return backups.create(actor, phrase, null, BackupKind.MANUAL, BackupService.DEFAULT_KEEP,
                    (doneBytes, total) -> bar.offer(total == 0 ? 1.0 : (double) doneBytes / total));
        }, b -> {
                    running.set(false);
                    progress.set(1);
                    show(true, ui.i18n().t("backup.created", b.file().toString(),
                            String.format(Locale.ROOT, "%.1f", b.bytes() / (1024.0 * 1024.0)), String.valueOf(b.documents())));
                    load();
                }, e -> {
                    running.set(false);
                    fail(e);
                });
    }

    private void fail(Throwable e) {
        show(false, e instanceof UserFacingException u ? ui.i18n().t(u) : String.valueOf(e.getMessage()));
    }

    private void show(boolean ok, String text) {
        done.set(ok);
        message.set(text);
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public BooleanProperty useKeptProperty() {
        return useKept;
    }

    public BooleanProperty keptAvailableProperty() {
        return keptAvailable;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty doneProperty() {
        return done;
    }
}
