package vn.motcua.ui.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.ComponentSource;
import vn.motcua.catalog.Procedure;
import vn.motcua.documents.ReuseOffer;
import vn.motcua.ui.I18n;

/**
 * The checklist (danh mục thành phần hồ sơ): one row per component with its source badge, a
 * mark on mandatory ones, and the counts the clerk edits by keyboard. A mandatory paper not
 * brought turns its row red. An earlier scan of the same applicant shows as a check box under
 * the component's name.
 */
final class ChecklistView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final GridPane grid = new GridPane();
    private final I18n i18n;
    private final IntakeViewModel vm;
    private final List<TextField> fields = new ArrayList<>();

    ChecklistView(I18n i18n, IntakeViewModel vm) {
        this.i18n = i18n;
        this.vm = vm;
        grid.setId("intake-checklist");
        grid.getStyleClass().add("intake-checklist");
        grid.setHgap(8);
        grid.setVgap(6);
        vm.rows().addListener((ListChangeListener<ChecklistRow>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        fields.clear();
        Procedure p = vm.procedureProperty().get();
        boolean pages = p != null && p.fee().needsPages();
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        name.setMinWidth(180);
        grid.getColumnConstraints().setAll(name, new ColumnConstraints());
        for (int i = 0; i < (pages ? 4 : 3); i++) {
            ColumnConstraints count = new ColumnConstraints(60);
            count.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(count);
        }
        if (vm.rows().isEmpty()) {
            Label none = new Label(i18n.t("intake.checklist.empty"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            grid.add(none, 0, 0);
            return;
        }
        List<String> heads = new ArrayList<>(List.of(i18n.t("intake.checklist.component"), i18n.t("intake.checklist.source"),
                i18n.t("intake.checklist.originals"), i18n.t("intake.checklist.certified"), i18n.t("intake.checklist.photocopies")));
        if (pages) {
            heads.add(i18n.t("intake.checklist.pages"));
        }
        for (int i = 0; i < heads.size(); i++) {
            Label h = new Label(heads.get(i));
            h.getStyleClass().add("intake-checklist-head");
            h.setWrapText(true);
            h.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            grid.add(h, i, 0);
            GridPane.setHalignment(h, i >= 2 ? HPos.CENTER : HPos.LEFT);
        }
        int r = 1;
        for (ChecklistRow row : vm.rows()) {
            String code = row.component().code();
            Label label = new Label((row.component().mandatory() ? "* " : "") + row.component().name());
            label.setWrapText(true);
            label.setId("intake-component-" + code);
            label.getStyleClass().add("intake-component");
            row.missingProperty().addListener((o, was, missing) -> mark(label, missing));
            mark(label, row.missingProperty().get());
            Label badge = new Label(badge(row.component().source()));
            badge.getStyleClass().addAll("intake-badge", "intake-badge-" + row.component().source().name().toLowerCase(java.util.Locale.ROOT));
            badge.setMinWidth(Label.USE_PREF_SIZE);
            List<Node> cells = new ArrayList<>(List.of(new VBox(2, label, reuseBox(row)), badge,
                    count(code, "originals", row.originalsProperty(), heads.get(2)),
                    count(code, "certified", row.certifiedCopiesProperty(), heads.get(3)),
                    count(code, "photocopies", row.photocopiesProperty(), heads.get(4))));
            if (pages) {
                cells.add(count(code, "pages", row.pagesProperty(), heads.get(5)));
            }
            grid.addRow(r++, cells.toArray(Node[]::new));
        }
        Label legend = new Label(i18n.t("intake.checklist.legend"));
        legend.getStyleClass().add("text-muted");
        grid.add(legend, 0, r, heads.size(), 1);
    }

    /**
     * "Đã có bản số hóa ngày … (hồ sơ …) — dùng lại" under the component's name, shown only
     * while an earlier scan is offered; a check box, so Tab and Space reach it.
     */
    private CheckBox reuseBox(ChecklistRow row) {
        CheckBox box = new CheckBox();
        box.setId("intake-reuse-" + row.component().code());
        box.getStyleClass().add("intake-reuse");
        box.setWrapText(true);
        box.textProperty().bind(Bindings.createStringBinding(() -> offerText(row.offerProperty().get()), row.offerProperty()));
        box.selectedProperty().bindBidirectional(row.reuseProperty());
        box.visibleProperty().bind(row.offerProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private String offerText(ReuseOffer offer) {
        return offer == null ? "" : i18n.t("documents.reuse.offer",
                LocalDate.ofInstant(offer.scannedAt(), WorkCalendar.ZONE).format(DAY), offer.fromDossierCode());
    }

    private TextField count(String code, String kind, javafx.beans.property.IntegerProperty value, String what) {
        TextField f = CountField.of("intake-count-" + code + "-" + kind, value, what);
        GridPane.setHalignment(f, HPos.CENTER);
        fields.add(f);
        return f;
    }

    private static void mark(Label label, boolean missing) {
        label.getStyleClass().remove("intake-missing");
        if (missing) {
            label.getStyleClass().add("intake-missing");
        }
    }

    private String badge(ComponentSource source) {
        return switch (source) {
            case COLLECT_PAPER -> i18n.t("intake.source.paper");
            case LOOK_UP -> i18n.t("intake.source.lookUp");
            case SHOW_ONLY -> i18n.t("intake.source.show");
        };
    }

    /** The first count field, where Enter on the procedure picker lands. */
    java.util.Optional<TextField> first() {
        return fields.stream().findFirst();
    }

    Node root() {
        return grid;
    }
}
