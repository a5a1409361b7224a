package vn.motcua.ui.calendar;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.motcua.ui.EnterKey;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/** Giờ làm việc: the sessions every due date counts in, set by the administrator. */
public final class OfficeHoursView {
    private final VBox root;

    public OfficeHoursView(I18n i18n, OfficeHoursViewModel vm) {
        TextField morning = field("hoursMorning", vm.morningProperty());
        TextField afternoon = field("hoursAfternoon", vm.afternoonProperty());
        CheckBox saturday = new CheckBox(i18n.t("officeHours.saturday"));
        saturday.setId("hoursSaturday");
        saturday.selectedProperty().bindBidirectional(vm.saturdayProperty());
        TextField saturdaySession = field("hoursSaturdaySession", vm.saturdaySessionProperty());
        saturdaySession.disableProperty().bind(saturday.selectedProperty().not());
        Button save = new Button(i18n.t("officeHours.save"));
        save.setId("hoursSave");
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("hoursMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label help = new Label(i18n.t("officeHours.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        Forms form = new Forms()
                .row(i18n.t("officeHours.morning"), morning)
                .row(i18n.t("officeHours.afternoon"), afternoon)
                .span(saturday)
                .row(i18n.t("officeHours.saturdaySession"), saturdaySession);
        root = new VBox(12, help, form.pane(), save, message);
        root.setPadding(new Insets(16));
        root.setMaxWidth(720);
        EnterKey.runs(form.pane(), vm::save);
        vm.load();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText("07:30-11:30");
        f.textProperty().bindBidirectional(p);
        return f;
    }

    public Parent root() {
        return root;
    }
}
