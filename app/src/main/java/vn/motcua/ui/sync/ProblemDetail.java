package vn.motcua.ui.sync;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.sync.SyncConflict;
import vn.motcua.sync.SyncProblem;
import vn.motcua.sync.SyncProblems;
import vn.motcua.ui.I18n;

/**
 * The chosen problem: what happened and why in a sentence, the desk's and the portal's values side
 * by side, and only the decisions that make sense for it (design/sync.md "Xung đột – cần đối chiếu").
 */
final class ProblemDetail {
    private final VBox root = new VBox(10);
    private final SyncPanelViewModel vm;
    private final I18n i18n;

    ProblemDetail(SyncPanelViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        root.setId("syncProblemDetail");
        root.setPadding(new Insets(8, 0, 0, 0));
        vm.selectedProperty().addListener((o, was, p) -> show(p));
        // with nothing chosen, the hint follows the list: "nothing waits" or "choose a row"
        vm.problems().addListener((javafx.collections.ListChangeListener<SyncProblem>) c -> {
            if (vm.selectedProperty().get() == null) {
                show(null);
            }
        });
        vm.busyProperty().addListener((o, was, busy) -> root.setDisable(busy));
        show(null);
    }

    private void show(SyncProblem p) {
        if (p == null) {
            Label hint = new Label(i18n.t(vm.problems().isEmpty() ? "syncPanel.detail.nothing" : "syncPanel.detail.choose"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            root.getChildren().setAll(hint);
            return;
        }
        Label title = new Label(i18n.t("syncPanel.detail.title", p.dossierCode() == null ? "—" : p.dossierCode(),
                SyncShown.action(i18n, p.action())));
        title.getStyleClass().add("title-4");
        title.setId("syncProblemTitle");
        Label why = new Label(SyncShown.why(i18n, p), new FontIcon(Material2AL.ERROR_OUTLINE));
        why.setWrapText(true);
        why.setId("syncProblemWhy");
        root.getChildren().setAll(title, why);
        if (!p.sides().isEmpty()) {
            root.getChildren().add(sides(p));
        }
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (SyncProblem.Remedy r : p.remedies()) {
            switch (r) {
                case RESEND -> buttons.getChildren().add(button("syncResend", "syncPanel.resend", Material2MZ.SEND, () -> vm.resend(p)));
                case SET_ASIDE -> buttons.getChildren().add(button("syncSetAside", "syncPanel.setAside", Material2AL.ARCHIVE,
                        () -> askNote().ifPresent(note -> vm.setAside(p, note))));
                case DECIDE_FIELDS -> { } // one pair of buttons per field, beside its values
            }
        }
        if (!buttons.getChildren().isEmpty()) {
            root.getChildren().add(buttons);
        }
    }

    /** Field | at the desk | on the portal, and for a field clash the two choices on its row. */
    private GridPane sides(SyncProblem p) {
        GridPane grid = new GridPane();
        grid.setId("syncSides");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.addRow(0, header("syncPanel.side.field"), header("syncPanel.side.desk"), header("syncPanel.side.portal"));
        int row = 1;
        for (SyncProblem.Side s : p.sides()) {
            Label desk = value(s.kind() == SyncConflict.Kind.STATUS ? status(s.deskValue()) : s.deskValue());
            Label portal = value(s.kind() == SyncConflict.Kind.STATUS ? status(s.portalValue()) : s.portalValue());
            desk.setId("syncDeskValue-" + s.field());
            portal.setId("syncPortalValue-" + s.field());
            grid.addRow(row, new Label(SyncShown.field(i18n, s.field())), desk, portal);
            if (s.kind() == SyncConflict.Kind.FIELD) {
                grid.add(button("syncKeepDesk-" + s.field(), "syncPanel.keepDesk", Material2MZ.STOREFRONT,
                        () -> vm.decide(s, SyncProblems.Choice.KEEP_DESK)), 3, row);
                grid.add(button("syncTakePortal-" + s.field(), "syncPanel.takePortal", Material2AL.CLOUD_DOWNLOAD,
                        () -> vm.decide(s, SyncProblems.Choice.TAKE_PORTAL)), 4, row);
            }
            row++;
        }
        return grid;
    }

    private String status(String code) {
        try {
            return i18n.t(vn.motcua.dossier.DossierStatus.of(Integer.parseInt(code)).messageKey()) + " (" + code + ")";
        } catch (RuntimeException e) {
            return code;
        }
    }

    private Label header(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text == null || text.isBlank() ? "—" : text);
        l.setWrapText(true);
        l.setMaxWidth(280);
        return l;
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(i18n.t(key), new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Setting aside cannot be undone: the clerk writes why, and confirms. */
    private java.util.Optional<String> askNote() {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("syncPanel.setAside.title"));
        dialog.setHeaderText(i18n.t("syncPanel.setAside.header"));
        TextArea note = new TextArea();
        note.setId("syncSetAsideNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(i18n.t("syncPanel.setAside.prompt"));
        dialog.getDialogPane().setContent(note);
        ButtonType confirm = new ButtonType(i18n.t("syncPanel.setAside.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, new ButtonType(i18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(note.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == confirm ? note.getText() : null);
        javafx.application.Platform.runLater(note::requestFocus);
        return vm.ui().dialogs().show(dialog);
    }

    Parent root() {
        return root;
    }
}
