package vn.motcua.ui.admin;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.ui.EnterKey;
import vn.motcua.ui.FilePick;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Tables;

/**
 * Nhật ký: the filter bar (from, to as dd/mm/yyyy, user, action; Enter in any of them runs the
 * query), the table (time in Vietnam time, user, action in words, subject, detail), paging
 * (Alt+T / Alt+S) and the CSV export through the "save as" dialog.
 */
public final class AuditView {
    private final VBox root;
    private Function<Node, Optional<Path>> saveAs;

    public AuditView(I18n i18n, AuditViewModel vm) {
        saveAs = owner -> FilePick.save(owner, i18n.t("audit.ui.exportTitle"), "nhat-ky.csv", "CSV", "*.csv");
        TextField from = field("auditFrom", vm.fromProperty(), i18n.t("audit.ui.datePrompt"));
        TextField to = field("auditTo", vm.toProperty(), i18n.t("audit.ui.datePrompt"));
        TextField user = field("auditUser", vm.userProperty(), i18n.t("audit.ui.userPrompt"));
        ComboBox<AuditViewModel.ActionChoice> action = new ComboBox<>(vm.actions());
        action.setId("auditAction");
        action.valueProperty().bindBidirectional(vm.actionProperty());
        action.setOnAction(e -> vm.search());
        Button search = button("auditSearch", i18n.t("audit.ui.search"), vm::search);
        search.getStyleClass().add("accent");
        HBox filters = new HBox(8, new Label(i18n.t("audit.ui.from")), from, new Label(i18n.t("audit.ui.to")), to,
                new Label(i18n.t("audit.ui.user")), user, new Label(i18n.t("audit.ui.action")), action, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        EnterKey.runs(filters, vm::search);

        TableView<AuditRow> table = Tables.table("auditTable", i18n.t("audit.ui.none"));
        table.getColumns().add(Tables.column(i18n.t("audit.ui.time"), 130, AuditRow::time));
        table.getColumns().add(Tables.column(i18n.t("audit.ui.user"), 110, AuditRow::user));
        table.getColumns().add(Tables.column(i18n.t("audit.ui.action"), 200, AuditRow::action));
        table.getColumns().add(Tables.column(i18n.t("audit.ui.subject"), 190, AuditRow::subject));
        table.getColumns().add(Tables.column(i18n.t("audit.ui.detail"), 320, AuditRow::detail));
        table.setItems(vm.rows());

        Button previous = button("auditPrevious", i18n.t("audit.ui.previous"), vm::previousPage);
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        Button next = button("auditNext", i18n.t("audit.ui.next"), vm::nextPage);
        next.disableProperty().bind(vm.hasNextProperty().not());
        Label page = new Label();
        page.setId("auditPage");
        page.textProperty().bind(vm.pageTextProperty());
        Button export = new Button(i18n.t("audit.ui.export"));
        export.setId("auditExport");
        export.setMnemonicParsing(true);
        export.setOnAction(e -> saveAs.apply(export).ifPresent(vm::export));
        HBox paging = new HBox(8, previous, page, next, export);
        paging.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("auditMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.doneProperty().addListener((o, a, b) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(b ? "success" : "danger");
        });

        root = new VBox(12, filters, table, paging, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        root.setId("auditView");
        root.getProperties().put(AuditView.class, this);
        root.getProperties().put(AuditViewModel.class, vm);
        vm.load();
    }

    /** Replaces the "save as" dialog (tests choose the file without the operating system's dialog). */
    public void setSaveAs(Function<Node, Optional<Path>> chooser) {
        this.saveAs = chooser;
    }

    private static Button button(String id, String text, Runnable action) {
        return vn.motcua.ui.Controls.button(id, text, action);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextField f = vn.motcua.ui.Controls.field(id, p, prompt);
        f.setPrefColumnCount(9);
        return f;
    }

    public Parent root() {
        return root;
    }
}
