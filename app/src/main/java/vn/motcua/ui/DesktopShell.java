package vn.motcua.ui;

import java.time.LocalDateTime;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Language;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.IntegritySchedule;
import vn.motcua.logging.StartupMilestones;
import vn.motcua.office.Office;
import vn.motcua.security.Actor;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.Settings;
import vn.motcua.storage.SettingsStore;
import vn.motcua.ui.admin.AdminArea;
import vn.motcua.ui.documents.DeskSources;
import vn.motcua.ui.documents.DigitizationDesk;
import vn.motcua.ui.documents.DigitizationView;
import vn.motcua.ui.dossiers.DossierDesk;
import vn.motcua.ui.dossiers.DossierHome;
import vn.motcua.ui.intake.DraftAutosaver;
import vn.motcua.ui.intake.IntakeDesk;
import vn.motcua.ui.intake.IntakeDraftStore;
import vn.motcua.ui.intake.IntakeView;
import vn.motcua.ui.intake.IntakeWarmup;
import vn.motcua.ui.login.LoginView;
import vn.motcua.ui.login.LoginViewModel;
import vn.motcua.ui.settings.SettingsDialog;
import vn.motcua.ui.setup.FirstRunView;
import vn.motcua.ui.setup.FirstRunViewModel;
import vn.motcua.ui.shell.Area;
import vn.motcua.ui.shell.MainWindow;

/**
 * Owns the one stage: shows the log-in (or first-run) screen at once, opens the database and
 * Hibernate in the background meanwhile, then the main window after log-in.
 */
public final class DesktopShell implements MainWindow.Actions {
    private final Stage stage;
    private final DataDirectory dir;
    private final SettingsStore settingsStore;
    private final FxBackgroundRunner runner = new FxBackgroundRunner(2);
    private final ReadOnlyObjectWrapper<AppContext> services = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> officeName = new ReadOnlyObjectWrapper<>();
    /** What the database is doing while it opens, when that takes long (an upgrade): shown on the log-in card. */
    private final ReadOnlyObjectWrapper<String> startupNote = new ReadOnlyObjectWrapper<>();
    private final Runnable onExit;
    private final Ui ui;
    private final Scene scene;
    /** Made when the main window first shows: the log-in window does not wait for it. */
    private vn.motcua.ui.shell.ScreenLock screenLock;
    /** Read in the background after the first frame ({@link #openServices()}); needed only after log-in. */
    private Settings settings;
    private MainWindow main;
    private Actor actor;
    private Parent intakeScreen;
    private DraftAutosaver intakeDrafts;
    private Parent digitizationScreen;
    private boolean settingUp;
    private String lastUsername = "";
    private IntegritySchedule integrity;
    /** Failures to open the office's PostgreSQL server that a retry may get past once someone fixes the server. */
    private static final java.util.Set<String> SERVER_MAY_COME_BACK = java.util.Set.of("db.unreachable", "db.noDatabase", "db.failed");
    /** The daily backup while the desk runs (H2 offices). */
    private vn.motcua.backup.BackupScheduler dailyBackup;
    private DeskSources sources;
    private DossierHome dossierHome;
    private vn.motcua.ui.dashboard.DashboardHome dashboardHome;
    /** The background sync runs from the first log-in until the desk closes (log-out does not stop it). */
    private vn.motcua.sync.DeskSync deskSync;
    private vn.motcua.ui.sync.SyncHome syncHome;
    /** The dossiers area: the list, or one dossier's view in its place until Ctrl+W. */
    private javafx.scene.layout.BorderPane dossiersPane;
    private vn.motcua.ui.dossier.DossierView dossierView;
    private final vn.motcua.ui.dossier.DossierEvents dossierChanges = new vn.motcua.ui.dossier.DossierEvents();

    private DesktopShell(Stage stage, DataDirectory dir, ErrorReporter errors, Runnable onExit, Language language) {
        this.stage = stage;
        this.dir = dir;
        this.onExit = onExit;
        this.settingsStore = new SettingsStore(dir.settingsFile());
        I18n i18n = new I18n(language);
        DialogService dialogs = new DialogService(i18n, () -> stage);
        errors.attach(dialogs);
        this.ui = new Ui(i18n, dialogs, runner, errors);
        this.scene = new Scene(new StackPane(), 1200, 720);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // Commune PCs are often 1366×768 laptops: there the desk takes the whole screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (screen.getWidth() < 1400 || screen.getHeight() < 850) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        }
        stage.setTitle(i18n.t("app.name"));
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    /** On the FX thread once the settings are read; a damaged file is said (the desk runs on defaults). */
    private void settingsRead(SettingsLoad loaded) {
        settings = loaded.settings();
        if (loaded.problem() != null) {
            ui.dialogs().warning(ui.i18n().t("settings.problem.header"), ui.i18n().t(loaded.problem()));
        }
    }

    /** Builds the shell on {@code stage}, shows the first screen and starts the services. */
    public static DesktopShell start(Stage stage, DataDirectory dir, ErrorReporter errors, Runnable onExit) {
        return start(stage, dir, errors, onExit, new SettingsStore(dir.settingsFile()).language());
    }

    /** As above, with the language already read (by {@link DesktopApp}, while the toolkit started). */
    static DesktopShell start(Stage stage, DataDirectory dir, ErrorReporter errors, Runnable onExit, Language language) {
        DesktopShell shell = new DesktopShell(stage, dir, errors, onExit, language);
        if (dir.databaseExists()) {
            shell.showLogin();
        } else {
            shell.showSetup();
        }
        // The window is painted first; the database and Hibernate start after the first frame,
        // so on a 2-core PC they do not compete with it for the processor.
        FirstFrameProbe.attach(stage.getScene(), shell::openServices);
        stage.show();
        return shell;
    }

    /**
     * A new PC with the office's data but not its key: asks for the recovery passphrase, keeps the
     * key on this PC and opens again; a wrong phrase says so and asks again; Quit closes the desk.
     */
    private void unlockThenOpen(UserFacingException why) {
        java.util.Optional<char[]> phrase = vn.motcua.ui.shell.UnlockDialog.ask(ui,
                ui.i18n().t("encryption.unlock.why", String.valueOf(why.args()[0])));
        if (phrase.isEmpty()) {
            exit();
            return;
        }
        runner.run(() -> vn.motcua.encryption.OfficeKeys.of(dir.root()).unlockWithPassphrase(phrase.get()), key -> openServices(),
                error -> {
                    if (error instanceof UserFacingException e) {
                        ui.dialogs().error(ui.i18n().t("encryption.unlock.failed"), ui.i18n().t(e));
                        unlockThenOpen(why);
                    } else {
                        ui.dialogs().unexpected(error);
                        exit();
                    }
                });
    }

    private void openServices() {
        boolean readSettings = settings == null;
        runner.run(() -> {
            StartupMilestones.startLogging();
            if (readSettings) {
                SettingsLoad loaded = SettingsLoad.from(settingsStore);
                Platform.runLater(() -> settingsRead(loaded)); // before the services' own callback below
            }
            // an older database is backed up and migrated first, minutes on a large office: say so
            AppContext context = AppContext.open(dir, new vn.motcua.storage.UpgradeNews(
                    vn.motcua.common.Messages.of(ui.i18n().language()), note -> Platform.runLater(() -> startupNote.set(note))));
            return new Opened(context, context.office().current());
        }, opened -> {
            services.set(opened.context());
            StartupMilestones.reached("services ready");
            startDailyBackup(opened.context());
            opened.context().database().upgrade().ifPresent(upgrade -> ui.dialogs().information(
                    ui.i18n().t("storage.upgrade.header"),
                    upgrade.note(vn.motcua.common.Messages.of(ui.i18n().language()))));
            if (!opened.context().lostReceipts().isEmpty()) {
                // printed receipts the database came back without: the clerk must know before the next citizen
                ui.dialogs().warning(ui.i18n().t("receipts.lost.header"), ui.i18n().t("receipts.lost.body",
                        String.join(", ", opened.context().lostReceipts().stream().map(vn.motcua.dossier.ReceiptJournal.Entry::code).toList())));
            }
            // Benchmark hook: a no-op unless -Dmotcua.bench.idleHeap=true (see IdleHeapProbe).
            IdleHeapProbe.measureSoon();
            if (opened.office().isPresent()) {
                officeName.set(opened.office().get().name());
                // while the clerk types the password: the intake screen, shown right after log-in, opens warm
                Platform.runLater(() -> IntakeWarmup.prime(ui, opened.context()));
                if (settingUp) {
                    showLogin();
                }
            } else if (!settingUp) {
                showSetup();
            }
        }, error -> {
            if (error instanceof UserFacingException e && "encryption.keyNotOnThisPc".equals(e.key())) {
                unlockThenOpen(e);
                return;
            }
            if (error instanceof UserFacingException e && SERVER_MAY_COME_BACK.contains(e.key())) {
                // the office's server is down, or its database not made yet: the clerk can fix it and try again
                LoggerFactory.getLogger(DesktopShell.class).warn("the database server could not be opened: {}", e.getMessage());
                if (ui.dialogs().confirm(ui.i18n().t("startup.server.header"), ui.i18n().t(e), ui.i18n().t("startup.server.retry"))) {
                    openServices();
                } else {
                    exit();
                }
                return;
            }
            LoggerFactory.getLogger(DesktopShell.class).error("could not open the data", error);
            if (error instanceof UserFacingException e) {
                ui.dialogs().error(ui.i18n().t("startup.failed.header"), ui.i18n().t(e));
            } else {
                ui.dialogs().unexpected(error);
            }
            exit();
        });
    }

    private record Opened(AppContext context, Optional<Office> office) {
    }

    private void showLogin() {
        settingUp = false;
        LoginViewModel vm = new LoginViewModel(ui, services.getReadOnlyProperty(), this::showMain);
        vm.usernameProperty().set(lastUsername);
        LoginView view = new LoginView(ui.i18n(), vm, officeName.getReadOnlyProperty(), startupNote.getReadOnlyProperty());
        setRoot(view.root());
        view.focus();
    }

    private void showSetup() {
        settingUp = true;
        FirstRunViewModel vm = new FirstRunViewModel(ui, services.getReadOnlyProperty(), username -> {
            lastUsername = username;
            reloadOfficeThen(this::showLogin);
        }, this::moveOntoServer);
        FirstRunView view = new FirstRunView(ui.i18n(), vm);
        setRoot(view.root());
        view.focus();
    }

    /**
     * The wizard's server step: checks and migrates the server, remembers it in the settings, opens
     * the services there and lets the local default (opened for the wizard, still without an office)
     * go. An office already on the server: this desk joins it at the log-in window.
     */
    private void moveOntoServer(vn.motcua.storage.ServerConnection connection,
            java.util.function.Consumer<Boolean> connected, java.util.function.Consumer<Throwable> failed) {
        runner.run(() -> {
            vn.motcua.storage.DatabaseChoice.usePostgres(dir, connection, AppContext.ENTITIES);
            AppContext opened = AppContext.open(dir);
            return new Opened(opened, opened.office().current());
        }, opened -> {
            AppContext local = services.get();
            vn.motcua.backup.BackupScheduler localBackup = dailyBackup;
            dailyBackup = null;
            services.set(opened.context());
            runner.run(() -> {
                if (localBackup != null) {
                    localBackup.close();
                }
                if (local != null) {
                    local.close();
                }
                return null;
            }, closed -> { }, ui.errors()::report);
            opened.office().ifPresent(office -> {
                officeName.set(office.name());
                showLogin();
            });
            connected.accept(opened.office().isPresent());
        }, failed::accept);
    }

    private void reloadOfficeThen(Runnable next) {
        AppContext context = services.get();
        runner.run(() -> context.office().current(), office -> {
            office.ifPresent(o -> officeName.set(o.name()));
            next.run();
        }, ui.errors()::report);
    }

    private void showMain(Actor who) {
        actor = who;
        lastUsername = who.username();
        showMain(homeArea(who));
        startIntegritySchedule();
        startSources();
        startDeskSync();
    }

    /** The chair (not also at the desk) starts on the dashboard; everyone else on the dossier list. */
    static Area homeArea(Actor who) {
        boolean chair = who.roles().contains(vn.motcua.security.Role.CHAIR) && !who.roles().contains(vn.motcua.security.Role.CLERK);
        return chair ? Area.REPORTS : Area.DOSSIERS;
    }

    private void startDeskSync() {
        if (deskSync == null) {
            vn.motcua.sync.DeskSync sync = new vn.motcua.sync.DeskSync(services.get().sync());
            deskSync = sync;
            if (syncHome == null && main != null) {
                startSyncHome();
            }
            // building the runner reads the settings: off the FX thread
            runner.run(sync::start, started -> { }, ui.errors()::report);
        }
    }

    /** The status-bar line and the sync panel live as long as the main window. */
    private void startSyncHome() {
        stopSyncHome();
        if (deskSync == null) {
            return;
        }
        syncHome = new vn.motcua.ui.sync.SyncHome(ui, vn.motcua.ui.sync.SyncDesk.of(services.get(), actor, deskSync),
                vn.motcua.ui.sync.SyncHome.POLL);
        main.syncLine(syncHome.viewModel());
        syncHome.start();
    }

    private void stopSyncHome() {
        if (syncHome != null) {
            syncHome.stop();
            syncHome = null;
        }
    }

    /** The hot folder, the scanner command and the background OCR serve whoever is logged in. */
    private void startSources() {
        if (sources == null) {
            sources = DeskSources.start(ui, services.get(), actor, settings);
        }
    }

    private void stopSources() {
        if (sources != null) {
            sources.close();
            sources = null;
        }
    }

    /**
     * The weekly re-hash of the document store runs while someone is logged in; a run that finds
     * missing or altered files warns whoever is at the desk.
     */
    private void startIntegritySchedule() {
        if (integrity == null) {
            integrity = IntegritySchedule.every6Hours(services.get().integrity(), report -> Platform.runLater(() ->
                    ui.dialogs().warning(ui.i18n().t("documents.check.problems.header"), ui.i18n().t("documents.check.problems",
                            String.valueOf(report.missing().size()), String.valueOf(report.altered().size()),
                            String.valueOf(report.checked())))));
            integrity.start();
        }
    }

    /**
     * The daily backup runs while the desk is open (logged in or not), at the time
     * {@code backup schedule} set, with the passphrase kept for it; none kept: skipped with a log
     * line (the doctor then warns that the last backup is old). PostgreSQL offices back up on the server.
     */
    private void startDailyBackup(AppContext context) {
        if (!"h2".equals(context.database().vendor())) {
            return;
        }
        dailyBackup = new vn.motcua.backup.BackupScheduler(context.backups(), vn.motcua.backup.BackupSettings.fileOf(dir),
                () -> context.officeKey().flatMap(k -> new vn.motcua.backup.KeptPassphrase(dir, k).read()).orElse(null),
                java.time.Clock.systemUTC());
        dailyBackup.start();
    }

    private void stopIntegritySchedule() {
        if (integrity != null) {
            integrity.stop();
            integrity = null;
        }
    }

    private void showMain(Area area) {
        if (main != null) {
            main.dispose();
        }
        intakeScreen = null; // rebuilt in the (possibly new) language
        digitizationScreen = null;
        startDossierHome();
        main = new MainWindow(ui.i18n(), actor, officeName.get(), this, this::areaContent, area);
        startSyncHome();
        if (screenLock == null) {
            screenLock = new vn.motcua.ui.shell.ScreenLock(ui.i18n(), scene, this::checkUnlock, this::logOut);
        }
        setRoot(screenLock.arm(main.root(), actor.fullName() + " (" + actor.username() + ")"));
        main.show(area);
        stage.setTitle(ui.i18n().t("app.name") + " — " + officeName.get());
    }

    /**
     * The dossier list, its badge, morning summary and change watch live as long as the main
     * window (rebuilt with it when the language changes; the summary still comes once a day).
     */
    private void startDossierHome() {
        stopDossierHome();
        AppContext context = services.get();
        dossierHome = new DossierHome(ui, DossierDesk.of(context, actor, java.time.Clock.systemUTC()), actor.username(),
                dir.root().resolve("morning-summary.properties"), text -> {
                    if (main != null) {
                        main.dueBadge(text);
                    }
                }, this::openDossier, DossierHome.POLL);
        dossierHome.start();
    }

    private void stopDossierHome() {
        closeDossierView();
        dossiersPane = null;
        if (dossierHome != null) {
            dossierHome.stop();
            dossierHome = null;
        }
        if (dashboardHome != null) {
            dashboardHome.stop();
            dashboardHome = null;
        }
    }

    /** The chair's dashboard: built when the reports area is first shown; Enter on a dossier opens it in the dossier area. */
    private Parent dashboard() {
        if (dashboardHome == null) {
            dashboardHome = new vn.motcua.ui.dashboard.DashboardHome(ui,
                    vn.motcua.ui.dashboard.DashboardDesk.of(services.get(), java.time.Clock.systemUTC()), code -> {
                        main.show(Area.DOSSIERS);
                        openDossier(code);
                    }, vn.motcua.ui.dashboard.DashboardHome.POLL);
        }
        return dashboardHome.view();
    }

    /**
     * Opens one dossier's view in place of the list (Enter on a row); closing it (Ctrl+W) brings
     * the list back, refreshed, with the focus where it was.
     */
    private void openDossier(String code) {
        closeDossierView();
        if (dossiersPane == null) {
            return;
        }
        AppContext context = services.get();
        dossierView = vn.motcua.ui.dossier.DossierView.open(context, actor, ui, dossierChanges, code);
        Runnable unsubscribe = dossierChanges.subscribe(changed -> {
            if (dossierHome != null) {
                dossierHome.checkNow();
            }
        });
        vn.motcua.ui.dossier.DossierView shown = dossierView;
        dossierView.setOnClose(() -> {
            unsubscribe.run();
            if (dossierView == shown) {
                closeDossierView();
            }
        });
        dossiersPane.setCenter(dossierView.root());
        dossierView.root().requestFocus();
    }

    private void closeDossierView() {
        if (dossierView != null) {
            vn.motcua.ui.dossier.DossierView v = dossierView;
            dossierView = null;
            v.close();
            if (dossiersPane != null && dossierHome != null) {
                dossiersPane.setCenter(dossierHome.view());
                dossierHome.checkNow();
                dossierHome.view().requestFocus();
            }
        }
    }

    /**
     * The screens built so far; the other areas show what will come. The intake screen is kept
     * for the whole log-in session, so a clerk who looks at another area and comes back finds the
     * form as it was.
     */
    private Parent areaContent(Area area) {
        if (area == Area.DOSSIERS) {
            if (dossiersPane == null) {
                dossiersPane = new javafx.scene.layout.BorderPane(dossierHome.view());
            }
            return dossiersPane;
        }
        if (area == Area.INTAKE) {
            if (intakeScreen == null) {
                AppContext context = services.get();
                javax.crypto.SecretKey draftKey = context.officeKey().map(k -> k.subkey("drafts")).orElse(null);
                DraftAutosaver drafts = new DraftAutosaver(
                        new IntakeDraftStore(context.dataDirectory().drafts().resolve("intake.json"), draftKey), 500);
                intakeScreen = new IntakeView(ui, IntakeDesk.of(context, actor), drafts).root();
                intakeDrafts = drafts;
            }
            return intakeScreen;
        }
        if (area == Area.DIGITIZATION) {
            // kept like the intake screen: staged pages survive a look at another area
            if (digitizationScreen == null) {
                digitizationScreen = new DigitizationView(ui, DigitizationDesk.of(services.get(), actor, sources)).root();
            }
            return digitizationScreen;
        }
        if (area == Area.REPORTS) {
            return dashboard();
        }
        if (area == Area.SYNC && syncHome != null) {
            return syncHome.view();
        }
        if (area == Area.ADMIN) {
            return new AdminArea(ui, services.get(), actor, LocalDateTime.now(WorkCalendar.ZONE)).root();
        }
        return null;
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }

    @Override
    public void openSettings() {
        AppContext context = services.get();
        if (context == null) {
            showSettings(null);
            return;
        }
        // whether Tesseract is here is probed once, by running it: not on the FX thread
        runner.run(() -> context.textLayers().availability(), this::showSettings, error -> showSettings(null));
    }

    private void showSettings(vn.motcua.documents.ocr.OcrAvailability ocr) {
        ui.dialogs().show(SettingsDialog.create(ui.i18n(), settings, ocr)).ifPresent(this::saveSettings);
    }

    private void saveSettings(Settings updated) {
        Language language = updated.language();
        boolean languageChanged = language != ui.i18n().language();
        runner.run(() -> {
            settingsStore.save(updated);
            return updated;
        }, saved -> {
            settings = saved;
            if (languageChanged) {
                ui.i18n().setLanguage(language);
            }
            if (sources != null) {
                sources.apply(saved); // after the language: a restarted hot folder speaks the new one
            }
            if (!languageChanged) {
                return;
            }
            stage.setTitle(ui.i18n().t("app.name"));
            if (main != null && actor != null) {
                showMain(main.current());
            } else if (settingUp) {
                showSetup();
            } else {
                showLogin();
            }
        }, error -> ui.fail(error, m -> ui.dialogs().error(ui.i18n().t("settings.title"), m)));
    }

    @Override
    public void syncNow() {
        if (syncHome != null) {
            syncHome.syncNow();
        }
    }

    @Override
    public void about() {
        AboutDialog.show(ui, dir, officeName.get());
    }

    /** The lock screen's password: the same user logs in again (counted toward the lockout like any log-in). */
    private void checkUnlock(char[] password, Runnable unlocked, java.util.function.Consumer<String> refused) {
        AppContext context = services.get();
        Actor who = actor;
        if (context == null || who == null) {
            java.util.Arrays.fill(password, '\0');
            refused.accept(ui.i18n().t("login.failed"));
            return;
        }
        runner.run(() -> context.users().logIn(who.username(), password), back -> {
            if (java.util.Objects.equals(back.id(), who.id())) {
                unlocked.run();
            } else {
                refused.accept(ui.i18n().t("login.failed"));
            }
        }, error -> ui.fail(error, refused));
    }

    @Override
    public void logOut() {
        if (screenLock != null) {
            screenLock.disarm();
        }
        if (main != null) {
            main.dispose();
            main = null;
        }
        actor = null;
        intakeScreen = null;
        stopSyncHome();
        stopDossierHome();
        stopIntegritySchedule();
        stopSources();
        digitizationScreen = null;
        stage.setTitle(ui.i18n().t("app.name"));
        showLogin();
    }

    @Override
    public void quit() {
        exit();
    }

    private void exit() {
        if (screenLock != null) {
            screenLock.disarm();
        }
        if (main != null) {
            main.dispose();
        }
        stopSyncHome();
        stopDossierHome();
        stopIntegritySchedule();
        stopSources();
        stage.hide();
        AppContext context = services.get();
        vn.motcua.sync.DeskSync sync = deskSync;
        DraftAutosaver drafts = intakeDrafts;
        vn.motcua.backup.BackupScheduler backup = dailyBackup;
        runner.close();
        // Closing H2 writes its last pages: do it off the FX thread, then let the desk go.
        Thread closer = new Thread(() -> {
            if (drafts != null) {
                drafts.flush(java.time.Duration.ofSeconds(5)); // the last half second of typing too
            }
            if (sync != null) {
                sync.stop(); // gives the runner lease up, so another desk can take over at once
            }
            if (backup != null) {
                backup.close(); // waits for a daily backup under way: the database closes after it
            }
            if (context != null) {
                context.documents().store().clearViewCopies(); // plain PDFs handed to the viewer
                context.close();
            }
            onExit.run();
        }, "motcua-shutdown");
        closer.start();
    }

    /** True once the database and services have opened in the background. */
    public boolean servicesReady() {
        return services.get() != null;
    }

    /** The services once opened (for tests); {@code null} before. */
    AppContext services() {
        return services.get();
    }

    /** The main window when someone is logged in (for tests). */
    public Optional<MainWindow> mainWindow() {
        return Optional.ofNullable(main);
    }

    public I18n i18n() {
        return ui.i18n();
    }
}
