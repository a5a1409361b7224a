package vn.motcua.ui.intake;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import vn.motcua.citizen.CardImageReader;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IntakeOutcome;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.ui.KeyBinding;
import vn.motcua.ui.Ui;
import vn.motcua.ui.shell.Area;

/**
 * Tiếp nhận: the screen a clerk lives in. Procedure and checklist on the left, the applicant on
 * the right, fees, due date, outcome and what will be printed below; Enter moves on, Ctrl+Enter
 * saves and opens the printed form, Esc abandons (asking first when something was typed). A
 * chip card scanned into any field fills the applicant.
 */
public final class IntakeView {
    private static final Duration SCAN_PAUSE = Duration.millis(350);
    private final BorderPane root = new BorderPane();
    private final Ui ui;
    private final IntakeDesk desk;
    private final IntakeViewModel vm;
    private final ProcedurePicker picker;
    private final ChecklistView checklist;
    private final ApplicantFormView applicant;
    private final Node form;
    private final List<ComboBox<?>> combos = new ArrayList<>();
    private ReceiptPreviewView preview;

    public IntakeView(Ui ui, IntakeDesk desk, DraftAutosaver drafts) {
        this.ui = ui;
        this.desk = desk;
        this.vm = new IntakeViewModel(ui, desk, drafts);
        picker = new ProcedurePicker(ui.i18n(), vm, this::afterPick);
        checklist = new ChecklistView(ui.i18n(), vm);
        applicant = new ApplicantFormView(ui.i18n(), vm.applicant());
        applicant.readCardImage.setOnAction(e -> readCardImage());
        form = buildForm();
        root.setCenter(form);
        root.setBottom(bottomBar());
        root.setId(Area.INTAKE.id() + "-view");
        root.getStyleClass().add("intake");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::enterMovesOn);
        List<TextField> scanned = new ArrayList<>(applicant.textFields());
        scanned.add(picker.field());
        scanned.add(reasonField);
        scanned.add(ownerField);
        scanned.forEach(this::watchForCard);
        vm.resultProperty().addListener((o, was, r) -> showResult(r));
        vm.reuseProblemProperty().addListener((o, was, problem) -> {
            if (problem != null && !problem.isEmpty()) {
                ui.dialogs().warning(ui.i18n().t("documents.reuse.failed.header"), problem);
            }
        });
        // The shell keeps the focus on the navigation when an area opens (arrow keys walk the
        // areas); Tab from there lands in the procedure picker, the first field of the form.
        vm.start();
    }

    private TextField reasonField;

    private Node buildForm() {
        VBox checklistBox = new VBox(6, title("intake.checklist"), checklist.root());
        VBox left = new VBox(16, picker.root(), checklistBox);
        left.setMinWidth(360);
        HBox.setHgrow(left, Priority.ALWAYS);
        addParties();
        VBox right = new VBox(applicant.root());
        right.setMinWidth(360);
        right.setPrefWidth(460);
        right.setMaxWidth(520);
        HBox top = new HBox(24, left, right);

        Label feeLines = new Label();
        feeLines.setId("intake-feeLines");
        feeLines.setWrapText(true);
        feeLines.textProperty().bind(Bindings.createStringBinding(() -> vm.feeLines().isEmpty()
                ? ui.i18n().t("intake.fee.none") : String.join("\n", vm.feeLines()), vm.feeLines()));
        Label total = new Label();
        total.setId("intake-feeTotal");
        total.getStyleClass().add("intake-total");
        total.textProperty().bind(Bindings.createStringBinding(() -> vm.feeTotalProperty().get().isEmpty() ? ""
                : ui.i18n().t("intake.fee.total", vm.feeTotalProperty().get()), vm.feeTotalProperty()));
        Label feeProblem = problem("intake-feeProblem", vm.feeProblemProperty());
        Label due = new Label();
        due.setId("intake-due");
        due.setWrapText(true);
        due.getStyleClass().add("intake-due");
        due.textProperty().bind(vm.dueProperty());
        VBox fees = new VBox(6, title("intake.fee"), feeLines, total, feeProblem, due);
        fees.setPrefWidth(320);
        fees.setMinWidth(240);

        ComboBox<IntakeOutcome> outcome = new ComboBox<>();
        outcome.setId("intake-outcome");
        outcome.getItems().setAll(IntakeOutcome.values());
        outcome.valueProperty().bindBidirectional(vm.outcomeProperty());
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(IntakeOutcome o) {
                return o == null ? "" : ui.i18n().t(switch (o) {
                    case ACCEPT -> "intake.outcome.accept";
                    case REQUEST_SUPPLEMENT -> "intake.outcome.supplement";
                    case REFUSE -> "intake.outcome.refuse";
                });
            }

            @Override
            public IntakeOutcome fromString(String s) {
                return null;
            }
        });
        outcome.setMaxWidth(Double.MAX_VALUE);
        combos.add(outcome);
        reasonField = new TextField();
        reasonField.setId("intake-reason");
        reasonField.setPromptText(ui.i18n().t("intake.reason.prompt"));
        reasonField.textProperty().bindBidirectional(vm.reasonProperty());
        reasonField.disableProperty().bind(vm.outcomeProperty().isEqualTo(IntakeOutcome.ACCEPT));
        Label reasonLabel = new Label(ui.i18n().t("intake.reason"));
        reasonLabel.setLabelFor(reasonField);
        VBox decision = new VBox(6, title("intake.outcome"), outcome, reasonLabel, reasonField);
        decision.setPrefWidth(280);
        decision.setMinWidth(220);

        Label summary = new Label();
        summary.setId("intake-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> vm.summaryProperty().get().isEmpty()
                ? ui.i18n().t("intake.summary.empty") : vm.summaryProperty().get(), vm.summaryProperty()));
        VBox card = new VBox(6, title("intake.summary"), summary);
        card.getStyleClass().add("intake-summary");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMinWidth(260);
        HBox bottom = new HBox(24, fees, decision, card);

        VBox content = new VBox(20, top, bottom);
        content.setPadding(new Insets(16));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setId("intake-form");
        return scroller;
    }

    /** Owner if not the applicant, number of sets and channel: one compact pair of rows under the applicant. */
    private void addParties() {
        TextField owner = new TextField();
        owner.setId("intake-owner");
        owner.setPromptText(ui.i18n().t("intake.owner.prompt"));
        owner.textProperty().bindBidirectional(vm.ownerNameProperty());
        applicant.row(ui.i18n().t("intake.owner"), owner);
        ownerField = owner;
        TextField sets = CountField.of("intake-sets", vm.setsProperty(), ui.i18n().t("intake.sets"));
        ComboBox<Channel> channel = new ComboBox<>();
        channel.setId("intake-channel");
        channel.getItems().setAll(IntakeViewModel.deskChannels());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        channel.setConverter(new StringConverter<>() {
            @Override
            public String toString(Channel c) {
                return c == null ? "" : ui.i18n().t(IntakeViewModel.channelKey(c));
            }

            @Override
            public Channel fromString(String s) {
                return null;
            }
        });
        channel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(channel, Priority.ALWAYS);
        combos.add(channel);
        Label channelLabel = new Label(ui.i18n().t("intake.channel"));
        channelLabel.setLabelFor(channel);
        channelLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        sets.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        channel.setMinWidth(120);
        HBox row = new HBox(10, sets, channelLabel, channel);
        row.setAlignment(Pos.CENTER_LEFT);
        applicant.row(ui.i18n().t("intake.sets"), row);
    }

    private TextField ownerField;

    private Node bottomBar() {
        Label message = new Label();
        message.setId("intake-message");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label notice = new Label();
        notice.setId("intake-notice");
        notice.getStyleClass().add("success");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        VBox texts = new VBox(2, message, notice);
        HBox.setHgrow(texts, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(24, 24);
        progress.visibleProperty().bind(vm.busyProperty());
        Button cancel = new Button(ui.i18n().t("intake.cancel"));
        cancel.setId("intake-cancel");
        cancel.setOnAction(e -> cancel());
        cancel.setFocusTraversable(false);
        Button save = new Button(ui.i18n().t("intake.save"));
        save.setId("intake-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty().or(vm.readyProperty().not()));
        save.setOnAction(e -> vm.save());
        HBox bar = new HBox(12, texts, progress, cancel, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("intake-bar");
        bar.visibleProperty().bind(vm.resultProperty().isNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Label title(String key) {
        Label l = new Label(ui.i18n().t(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private static Label problem(String id, javafx.beans.property.StringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("danger");
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    /** Ctrl+Enter saves, Esc abandons; both before any control sees the key. */
    private void shortcuts(KeyEvent e) {
        if (KeyBinding.INTAKE_SAVE.combination().match(e)) {
            if (vm.resultProperty().get() == null) {
                vm.save();
            }
            e.consume();
        } else if (KeyBinding.INTAKE_CANCEL.combination().match(e)) {
            if (combos.stream().anyMatch(ComboBox::isShowing) || e.getTarget() instanceof ComboBox<?> c && c.isShowing()) {
                return; // Esc closes the open list first
            }
            e.consume();
            if (vm.resultProperty().get() != null) {
                next();
            } else {
                cancel();
            }
        }
    }

    /** Enter in a field: a scanned card if one was typed there, else on to the next field. */
    private void enterMovesOn(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || e.isShortcutDown() || e.isAltDown() || vm.resultProperty().get() != null) {
            return;
        }
        if (e.getTarget() instanceof TextField field) {
            if (!takeCard(field)) {
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
            }
            e.consume();
        } else if (e.getTarget() instanceof ComboBox<?> combo && !combo.isShowing()) {
            Event.fireEvent(combo, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
            e.consume();
        }
    }

    private void watchForCard(TextField field) {
        PauseTransition pause = new PauseTransition(SCAN_PAUSE);
        pause.setOnFinished(e -> takeCard(field));
        field.textProperty().addListener((o, was, text) -> {
            if (text != null && text.indexOf('|') >= 0) {
                pause.playFromStart();
            }
        });
    }

    private boolean takeCard(TextField field) {
        return CardInText.find(field.getText()).map(found -> {
            field.setText(found.before());
            vm.acceptCard(found.card());
            return true;
        }).orElse(false);
    }

    private void readCardImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.i18n().t("intake.cardImage"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.i18n().t("intake.cardImage.files"),
                "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        File f = chooser.showOpenDialog(root.getScene().getWindow());
        if (f == null) {
            return;
        }
        ui.runner().run(() -> CardImageReader.read(f.toPath()), card -> card.ifPresentOrElse(vm::acceptCard,
                () -> vm.messageProperty().set(ui.i18n().t("intake.cardImage.none", f.getName()))),
                error -> ui.fail(error, vm.messageProperty()::set));
    }

    private void afterPick() {
        Node next = checklist.first().map(Node.class::cast).orElse(applicant.first());
        next.requestFocus();
    }

    private void cancel() {
        if (vm.dirtyProperty().get() && !ui.dialogs().confirm(ui.i18n().t("intake.cancel.header"),
                ui.i18n().t("intake.cancel.body"), ui.i18n().t("intake.cancel.confirm"))) {
            return;
        }
        vm.reset();
        picker.field().requestFocus();
    }

    private void showResult(IntakeResult r) {
        if (r == null) {
            return;
        }
        ReceiptPreviewModel model = new ReceiptPreviewModel(ui, desk, r);
        preview = new ReceiptPreviewView(ui, model, this::next);
        root.setCenter(preview.root());
        model.render();
        model.fees().load();
        preview.focus();
    }

    private void next() {
        preview = null;
        vm.reset();
        root.setCenter(form);
        picker.field().requestFocus();
    }

    /** The form's model (for tests and the shell). */
    public IntakeViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        return root;
    }
}
