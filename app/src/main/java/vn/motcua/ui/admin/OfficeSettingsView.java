package vn.motcua.ui.admin;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.motcua.office.NumberingMode;
import vn.motcua.ui.EnterKey;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/** Thông tin Trung tâm: one form, saved with Enter or the button, the service's sentence under it. */
public final class OfficeSettingsView {
    private final javafx.scene.layout.BorderPane root;

    public OfficeSettingsView(I18n i18n, OfficeSettingsViewModel vm) {
        Label agency = new Label();
        agency.setId("officeAgency");
        agency.textProperty().bind(vm.agencyProperty());
        TextField lookupUrl = field("officeLookupUrl", vm.lookupUrlProperty(), "https://dichvucong.example.vn/tra-cuu?ma={code}");
        Label urlHint = hint(i18n.t("adminOffice.lookupUrlHint", "{code}"));
        TextField bin = field("officeBankBin", vm.bankBinProperty(), "970436");
        bin.setPrefColumnCount(8);
        TextField rangeFrom = field("officeRangeFrom", vm.rangeFromProperty(), "0001");
        TextField rangeTo = field("officeRangeTo", vm.rangeToProperty(), "4999");
        rangeFrom.setPrefColumnCount(5);
        rangeTo.setPrefColumnCount(5);

        ToggleGroup numbering = new ToggleGroup();
        java.util.Map<NumberingMode, RadioButton> modes = new java.util.EnumMap<>(NumberingMode.class);
        for (NumberingMode m : NumberingMode.values()) {
            RadioButton b = new RadioButton(i18n.t("adminOffice.numbering." + m.name()));
            b.setId("officeNumbering" + m.name().charAt(0) + m.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(numbering);
            b.setSelected(vm.modeProperty().get() == m);
            b.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.modeProperty().set(m);
                }
            });
            modes.put(m, b);
        }
        vm.modeProperty().addListener((o, a, b) -> modes.get(b).setSelected(true));
        RadioButton local = modes.get(NumberingMode.LOCAL);
        var needsRange = vm.modeProperty().isEqualTo(NumberingMode.LOCAL);
        rangeFrom.disableProperty().bind(needsRange);
        rangeTo.disableProperty().bind(needsRange);
        Label dash = new Label("–");
        Label rangeLabel = new Label();
        rangeLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.modeProperty().isEqualTo(NumberingMode.LEASED))
                .then(i18n.t("adminOffice.offlineRange")).otherwise(i18n.t("adminOffice.deskRange")));
        HBox rangeBox = new HBox(8, rangeLabel, rangeFrom, dash, rangeTo);
        rangeBox.setAlignment(Pos.CENTER_LEFT);
        Label numberingHint = hint(i18n.t("adminOffice.numberingHint"));

        Forms form = new Forms()
                .row(i18n.t("adminOffice.agency"), agency)
                .row(i18n.t("adminOffice.name"), field("officeName", vm.nameProperty(), ""))
                .row(i18n.t("adminOffice.parentBody"), field("officeParentBody", vm.parentBodyProperty(), "UBND XÃ AN BÌNH"))
                .row(i18n.t("adminOffice.province"), field("officeProvince", vm.provinceProperty(), ""))
                .row(i18n.t("adminOffice.place"), field("officePlace", vm.placeProperty(), "Xã An Bình"))
                .row(i18n.t("adminOffice.phone"), field("officePhone", vm.phoneProperty(), ""))
                .row(i18n.t("adminOffice.lookupUrl"), lookupUrl)
                .span(urlHint)
                .span(section(i18n.t("adminOffice.bankSection")))
                .row(i18n.t("adminOffice.bankBin"), bin)
                .row(i18n.t("adminOffice.bankAccount"), field("officeBankAccount", vm.bankAccountProperty(), ""))
                .row(i18n.t("adminOffice.bankName"), field("officeBankName", vm.bankNameProperty(), "Vietcombank"))
                .span(section(i18n.t("adminOffice.numberingSection")))
                .span(local)
                .span(modes.get(NumberingMode.RANGE))
                .span(modes.get(NumberingMode.LEASED))
                .span(rangeBox)
                .span(numberingHint);

        Button save = new Button(i18n.t("adminOffice.save"));
        save.setId("officeSave");
        save.setMnemonicParsing(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("officeMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("danger");
        vm.savedProperty().addListener((o, a, b) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(b ? "success" : "danger");
        });
        EnterKey.runs(form.pane(), vm::save);

        VBox content = new VBox(12, form.pane());
        content.setPadding(new Insets(16));
        content.setMaxWidth(820);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        vn.motcua.ui.ScrollFollowsFocus.install(scroll);
        // the button and the service's sentence stay in sight below the scrolling form
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(16, save, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("status-bar");
        root = new javafx.scene.layout.BorderPane(scroll);
        root.setBottom(bar);
        root.setId("officeView");
        vm.load();
    }

    private static TextField field(String id, StringProperty p, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        l.setPadding(new Insets(8, 0, 0, 0));
        return l;
    }

    public Parent root() {
        return root;
    }
}
