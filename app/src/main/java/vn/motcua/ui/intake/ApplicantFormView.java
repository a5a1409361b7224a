package vn.motcua.ui.intake;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/**
 * The applicant's fields, each with its live message underneath, the returning applicants found
 * from the name or ID (Down to reach them, Enter to take one) and the "read card image" button.
 */
final class ApplicantFormView {
    private final VBox root;
    private final Forms form;
    private final TextField fullName;
    private final List<TextField> textFields;
    final Button readCardImage;

    ApplicantFormView(I18n i18n, ApplicantFormModel m) {
        fullName = field("intake-fullName", m.fullNameProperty(), "");
        TextField id = field("intake-idNumber", m.idNumberProperty(), "");
        TextField birth = field("intake-birthDate", m.birthDateProperty(), i18n.t("intake.birthDate.prompt"));
        ComboBox<Sex> sex = new ComboBox<>();
        sex.setId("intake-sex");
        sex.getItems().setAll(Sex.values());
        sex.valueProperty().bindBidirectional(m.sexProperty());
        sex.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sex s) {
                return s == null ? "" : i18n.t(s.key());
            }

            @Override
            public Sex fromString(String s) {
                return Sex.fromCardText(s).orElse(null);
            }
        });
        sex.setPromptText(i18n.t("intake.sex.prompt"));
        TextField address = field("intake-address", m.addressProperty(), "");
        TextField phone = field("intake-phone", m.phoneProperty(), "");
        TextField email = field("intake-email", m.emailProperty(), "");
        textFields = List.of(fullName, id, birth, address, phone, email);

        ListView<ApplicantDetails> returning = new ListView<>(m.returning());
        returning.setId("intake-returning");
        returning.setFocusTraversable(false);
        returning.setPrefHeight(110);
        returning.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ApplicantDetails d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : i18n.t("intake.returning.item", d.fullName(),
                        d.idNumber() == null ? "—" : vn.motcua.citizen.PersonalIds.mask(d.idNumber()), // a list: masked
                        d.birthDate() == null ? "—" : ApplicantFormModel.DATE.format(d.birthDate())));
            }
        });
        returning.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(m.returning()));
        returning.managedProperty().bind(returning.visibleProperty());
        returning.setOnMouseClicked(e -> take(m, returning));
        returning.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                take(m, returning);
                e.consume();
            }
        });
        for (TextField f : List.of(fullName, id)) {
            f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DOWN && !m.returning().isEmpty()) {
                    returning.requestFocus();
                    returning.getSelectionModel().selectFirst();
                    e.consume();
                }
            });
        }
        Label returningHint = new Label(i18n.t("intake.returning.hint"));
        returningHint.getStyleClass().add("text-muted");
        returningHint.visibleProperty().bind(returning.visibleProperty());
        returningHint.managedProperty().bind(returning.visibleProperty());

        readCardImage = new Button(i18n.t("intake.cardImage"));
        readCardImage.setId("intake-cardImage");

        form = new Forms()
                .row(i18n.t("intake.fullName"), withProblem(fullName, m.nameProblemProperty(), "intake-fullName-problem"))
                .span(new VBox(2, returningHint, returning))
                .row(i18n.t("intake.idNumber"), withProblem(id, m.idProblemProperty(), "intake-idNumber-problem"))
                .row(i18n.t("intake.birthDate"), withProblem(birth, m.birthProblemProperty(), "intake-birthDate-problem"))
                .row(i18n.t("intake.sex"), sex)
                .row(i18n.t("intake.address"), withProblem(address, m.addressProblemProperty(), "intake-address-problem"))
                .row(i18n.t("intake.phone"), withProblem(phone, m.phoneProblemProperty(), "intake-phone-problem"))
                .row(i18n.t("intake.email"), withProblem(email, m.emailProblemProperty(), "intake-email-problem"))
                .row("", readCardImage);
        form.pane().getColumnConstraints().get(0).setMinWidth(110);
        form.pane().getColumnConstraints().get(1).setMinWidth(200);
        form.pane().setVgap(6);
        // labels stay level with their field when a message opens underneath it
        form.pane().getChildren().stream().filter(n -> n instanceof Label).forEach(ApplicantFormView::levelLabel);
        Label title = new Label(i18n.t("intake.applicant"));
        title.getStyleClass().add("title-4");
        Label scanHint = new Label(i18n.t("intake.scan.hint"));
        scanHint.getStyleClass().add("text-muted");
        scanHint.setWrapText(true);
        root = new VBox(8, title, scanHint, form.pane());
    }

    /** Another row under the applicant's (owner, sets, channel), lined up with the others. */
    void row(String label, Node field) {
        form.row(label, field);
        form.pane().getChildren().stream().filter(n -> n instanceof Label l && l.getLabelFor() == field)
                .forEach(ApplicantFormView::levelLabel);
    }

    // labels stay level with their field when a message opens underneath it
    private static void levelLabel(Node n) {
        javafx.scene.layout.GridPane.setValignment(n, javafx.geometry.VPos.TOP);
        ((Label) n).setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
    }

    private static void take(ApplicantFormModel m, ListView<ApplicantDetails> list) {
        ApplicantDetails d = list.getSelectionModel().getSelectedItem();
        if (d != null) {
            m.fill(d);
        }
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPromptText(prompt);
        return f;
    }

    private static Node withProblem(TextField field, StringProperty problem, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll("danger", "intake-problem");
        l.setWrapText(true);
        l.textProperty().bind(problem);
        l.visibleProperty().bind(problem.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        problem.addListener((o, was, now) -> {
            field.getStyleClass().remove("intake-field-problem");
            if (!now.isEmpty()) {
                field.getStyleClass().add("intake-field-problem");
            }
        });
        return new VBox(2, field, l);
    }

    List<TextField> textFields() {
        return textFields;
    }

    TextField first() {
        return fullName;
    }

    Node root() {
        return root;
    }
}
