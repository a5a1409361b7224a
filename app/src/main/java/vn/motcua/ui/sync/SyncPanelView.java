package vn.motcua.ui.sync;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.sync.SyncProblem;
import vn.motcua.sync.SyncStatus;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Tables;

/**
 * Đồng bộ: the line and the queue at the top, "Đồng bộ ngay" with the run's progress, what waits
 * for a person (list, then the chosen one side by side), and the portal settings below.
 */
public final class SyncPanelView {
    private final VBox root;
    private final SyncPanelViewModel vm;
    private final I18n i18n;

    public SyncPanelView(SyncPanelViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        Label line = new Label();
        line.setId("syncLine");
        line.getStyleClass().add("title-3");
        line.setWrapText(true);
        line.textProperty().bind(vm.lineProperty());
        FontIcon lineIcon = new FontIcon(Material2AL.CLOUD_OFF);
        lineIcon.setIconSize(28);
        line.setGraphic(lineIcon);
        whenStatus(s -> look(line, lineIcon, s));

        Button now = new Button(i18n.t("syncPanel.syncNow"), new FontIcon(Material2MZ.SYNC));
        now.setId("syncNow");
        now.setMnemonicParsing(true);
        now.getStyleClass().add("accent");
        now.setOnAction(e -> vm.syncNow());
        now.disableProperty().bind(vm.syncingProperty().or(vm.configuredProperty().not()));
        now.setMinWidth(Region.USE_PREF_SIZE); // the long "line down (reason)" sentence wraps; the button never shrinks
        ProgressBar bar = new ProgressBar();
        bar.setId("syncProgress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.syncingProperty());
        Label barText = new Label();
        barText.setId("syncProgressText");
        barText.textProperty().bind(vm.progressTextProperty());
        barText.visibleProperty().bind(vm.syncingProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        line.setMinWidth(0);
        HBox.setHgrow(line, Priority.ALWAYS);
        HBox top = new HBox(12, line, grow, bar, barText, now);
        top.setAlignment(Pos.CENTER_LEFT);

        FlowPane tiles = new FlowPane(12, 8, tile("syncQueue", "syncPanel.tile.queue", s -> i18n.t("syncPanel.tile.queueValue",
                        String.valueOf(s.queueLength()))),
                tile("syncOldest", "syncPanel.tile.oldest", s -> s.queueLength() == 0 ? "—" : SyncShown.age(i18n, s.oldestWaiting())),
                tile("syncLastPush", "syncPanel.tile.lastPush", s -> SyncShown.when(i18n, s.lastPush())),
                tile("syncLastPull", "syncPanel.tile.lastPull", s -> SyncShown.when(i18n, s.lastPull())),
                tile("syncSkew", "syncPanel.tile.skew", s -> s.clockSkew() == null ? "—"
                        : i18n.t("syncPanel.tile.skewValue", String.valueOf(s.clockSkew().toMinutes()))),
                tile("syncRejected", "syncPanel.tile.attention", s -> String.valueOf(vm.problems().size())));
        Label skewWarning = new Label(null, new FontIcon(Material2AL.ACCESS_TIME));
        skewWarning.setId("syncSkewWarning");
        skewWarning.getStyleClass().add("warning");
        skewWarning.setWrapText(true);
        whenStatus(s -> {
            boolean warn = s != null && s.skewWarning();
            skewWarning.setText(warn ? i18n.t("sync.status.skew", String.valueOf(s.clockSkew().toMinutes())) : null);
            skewWarning.setVisible(warn);
            skewWarning.setManaged(warn);
        });

        Label message = message("syncMessage", vm.messageProperty(), "danger");
        Label info = message("syncInfo", vm.infoProperty(), "success");

        TitledPane list = new TitledPane();
        list.setCollapsible(false);
        list.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("syncPanel.attention", vm.problems().size()), vm.problems()));
        list.setContent(problems());
        ProblemDetail detail = new ProblemDetail(vm);
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail.root());
        detailScroll.setFitToWidth(true);
        SplitPane work = new SplitPane(list, detailScroll);
        work.setOrientation(javafx.geometry.Orientation.VERTICAL);
        work.setDividerPositions(0.5);
        VBox.setVgrow(work, Priority.ALWAYS);

        root = new VBox(12, top, tiles, skewWarning, message, info, notices(), work, carried(), settings());
        root.setPadding(new Insets(16));
        root.setId("area-sync-view");
        root.getProperties().put(SyncPanelViewModel.class, vm);
    }

    /**
     * Runs {@code show} now and whenever the status or the problem list changes (a status equal to the
     * last one fires no change, and the panel may be built long after the first answer).
     */
    private void whenStatus(java.util.function.Consumer<SyncStatus> show) {
        show.accept(vm.statusProperty().get());
        vm.statusProperty().addListener((o, was, s) -> show.accept(s));
        vm.problems().addListener((javafx.collections.ListChangeListener<SyncProblem>) c -> show.accept(vm.statusProperty().get()));
        vm.configuredProperty().addListener((o, was, is) -> show.accept(vm.statusProperty().get()));
    }

    private void look(Label line, FontIcon icon, SyncStatus s) {
        boolean configured = vm.configuredProperty().get();
        boolean up = configured && s != null && s.line() == SyncStatus.Line.UP;
        boolean down = configured && s != null && s.line() == SyncStatus.Line.DOWN;
        icon.setIconCode(up ? Material2AL.CLOUD_DONE : down ? Material2AL.CLOUD_OFF : Material2AL.CLOUD_QUEUE);
        line.getStyleClass().removeAll("success", "danger");
        if (up || down) {
            line.getStyleClass().add(up ? "success" : "danger");
        }
    }

    private VBox tile(String id, String titleKey, java.util.function.Function<SyncStatus, String> value) {
        Label title = new Label(i18n.t(titleKey));
        title.getStyleClass().add("text-muted");
        Label shown = new Label("—");
        shown.setId(id);
        shown.getStyleClass().add("title-4");
        whenStatus(s -> shown.setText(s == null ? "—" : value.apply(s)));
        VBox tile = new VBox(2, title, shown);
        tile.getStyleClass().add("sync-tile");
        tile.setPadding(new Insets(6, 12, 6, 12));
        tile.setMinWidth(150);
        tile.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6;");
        return tile;
    }

    private static Label message(String id, javafx.beans.property.StringProperty text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.managedProperty().bind(text.isNotEmpty());
        l.visibleProperty().bind(text.isNotEmpty());
        return l;
    }

    private TableView<SyncProblem> problems() {
        TableView<SyncProblem> t = Tables.table("syncProblems", i18n.t("syncPanel.attention.none"));
        TableColumn<SyncProblem, String> code = Tables.column(i18n.t("syncPanel.column.code"), 235,
                p -> p.dossierCode() == null ? "—" : p.dossierCode());
        TableColumn<SyncProblem, String> applicant = Tables.column(i18n.t("syncPanel.column.applicant"), 160,
                p -> p.applicant() == null ? "—" : p.applicant());
        TableColumn<SyncProblem, String> action = Tables.column(i18n.t("syncPanel.column.action"), 150,
                p -> SyncShown.action(i18n, p.action()));
        TableColumn<SyncProblem, String> since = Tables.column(i18n.t("syncPanel.column.since"), 140, p -> SyncShown.when(i18n, p.since()));
        TableColumn<SyncProblem, String> why = Tables.column(i18n.t("syncPanel.column.why"), 360, p -> SyncShown.why(i18n, p));
        t.getColumns().setAll(List.of(code, applicant, action, since, why));
        t.setItems(vm.problems());
        t.getSelectionModel().selectedItemProperty().addListener((o, was, p) -> {
            if (p != null || !vm.problems().contains(vm.selectedProperty().get())) {
                vm.selectedProperty().set(p);
            }
        });
        vm.selectedProperty().addListener((o, was, p) -> {
            if (p != null && t.getSelectionModel().getSelectedItem() != p) {
                t.getSelectionModel().select(p);
            }
        });
        return t;
    }

    /** Thông báo từ Cổng: one line per change the clerk must know, with "Đã xem"; hidden while there is none. */
    private TitledPane notices() {
        javafx.scene.control.ListView<vn.motcua.sync.SyncNotice> list = new javafx.scene.control.ListView<>(vm.notices());
        list.setId("syncNotices");
        list.setPrefHeight(110);
        list.setMinHeight(110); // a notice must not be squeezed out of sight by the list of problems below
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(vn.motcua.sync.SyncNotice n, boolean empty) {
                super.updateItem(n, empty);
                if (empty || n == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = new Label(SyncShown.notice(i18n, n), new FontIcon(Material2AL.INFO));
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button seen = new Button(i18n.t("syncPanel.notice.seen"));
                seen.setId("syncNoticeSeen-" + getIndex());
                seen.setOnAction(e -> vm.markSeen(n));
                seen.disableProperty().bind(vm.busyProperty());
                HBox row = new HBox(12, text, seen);
                row.setAlignment(Pos.CENTER_LEFT);
                row.prefWidthProperty().bind(list.widthProperty().subtract(30));
                setText(null);
                setGraphic(row);
            }
        });
        TitledPane pane = new TitledPane();
        pane.setId("syncNoticePane");
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setCollapsible(false);
        pane.setContent(list);
        pane.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("syncPanel.notices", vm.notices().size()), vm.notices()));
        pane.visibleProperty().bind(Bindings.isNotEmpty(vm.notices()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** Gói mang tay: for days without a line, the waiting actions go to the portal on a USB stick and the receipt comes back. */
    private TitledPane carried() {
        Label help = new Label(i18n.t("syncPanel.bundle.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        Button export = new Button(i18n.t("syncPanel.bundle.export"), new FontIcon(Material2MZ.USB));
        export.setId("syncExportBundle");
        export.setMnemonicParsing(true);
        export.setOnAction(e -> vn.motcua.ui.FilePick.save(export, i18n.t("syncPanel.bundle.exportTitle"),
                "motcua-" + java.time.LocalDate.now(vn.motcua.calendar.WorkCalendar.ZONE) + ".bundle.json",
                i18n.t("syncPanel.bundle.filter"), "*.json").ifPresent(vm::exportBundle));
        Button ack = new Button(i18n.t("syncPanel.bundle.importAck"), new FontIcon(Material2AL.ASSIGNMENT_TURNED_IN));
        ack.setId("syncImportAck");
        ack.setMnemonicParsing(true);
        ack.setOnAction(e -> vn.motcua.ui.FilePick.open(ack, i18n.t("syncPanel.bundle.importTitle"), i18n.t("syncPanel.bundle.filter"),
                "*.json").ifPresent(vm::importAck));
        export.disableProperty().bind(vm.busyProperty().or(vm.configuredProperty().not()));
        ack.disableProperty().bind(vm.busyProperty().or(vm.configuredProperty().not()));
        HBox buttons = new HBox(8, export, ack);
        TitledPane pane = new TitledPane(i18n.t("syncPanel.bundle"), new VBox(8, help, buttons));
        pane.setId("syncCarried");
        pane.setExpanded(false);
        return pane;
    }

    /** Kết nối Cổng: address, client ID and secret; open by itself while nothing is configured. */
    private TitledPane settings() {
        TextField url = new TextField();
        url.setId("syncPortalUrl");
        url.setPromptText("https://dichvucong.example.vn");
        url.textProperty().bindBidirectional(vm.portalUrlProperty());
        TextField client = new TextField();
        client.setId("syncClientId");
        client.textProperty().bindBidirectional(vm.clientIdProperty());
        PasswordField secret = new PasswordField();
        secret.setId("syncSecret");
        secret.textProperty().bindBidirectional(vm.secretProperty());
        Button save = new Button(i18n.t("syncPanel.settings.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("syncSaveSettings");
        save.setMnemonicParsing(true);
        save.setOnAction(e -> vm.saveConfig());
        save.disableProperty().bind(vm.busyProperty().or(vm.secretProperty().isEmpty()));
        Label help = new Label(i18n.t("syncPanel.settings.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        Forms form = new Forms()
                .row(i18n.t("syncPanel.settings.url"), url)
                .row(i18n.t("syncPanel.settings.clientId"), client)
                .row(i18n.t("syncPanel.settings.secret"), secret)
                .span(help)
                .span(save);
        TitledPane pane = new TitledPane(i18n.t("syncPanel.settings"), form.pane());
        pane.setId("syncSettings");
        pane.setExpanded(!vm.configuredProperty().get());
        vm.configuredProperty().addListener((o, was, is) -> pane.setExpanded(!is));
        return pane;
    }

    public Parent root() {
        return root;
    }
}
