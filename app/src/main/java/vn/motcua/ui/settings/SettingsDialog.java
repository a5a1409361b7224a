package vn.motcua.ui.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import vn.motcua.common.Language;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.ocr.OcrAvailability;
import vn.motcua.documents.source.ScannerCommand;
import vn.motcua.storage.Settings;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/**
 * The desk's own settings: interface language, the scanner's hot folder, the scanner command
 * and its timeout, and the background OCR switch (with whether Tesseract is installed here).
 * Save is refused, with the reason under the fields, while the scanner command or timeout is
 * not usable, so a desk never stores a command that cannot run.
 */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    /**
     * A dialog whose result is the edited settings, or empty when cancelled.
     *
     * @param ocr whether OCR can run here; {@code null} while not known (before the data is open)
     */
    public static Dialog<Settings> create(I18n i18n, Settings current, OcrAvailability ocr) {
        Dialog<Settings> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("settings.title"));
        dialog.setHeaderText(i18n.t("settings.header"));
        ChoiceBox<Language> language = new ChoiceBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(Language.values());
        language.setValue(i18n.language());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : i18n.t("language." + l.tag());
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });

        TextField folder = new TextField(current.hotFolder() == null ? "" : current.hotFolder().toString());
        folder.setId("settings-hotFolder");
        folder.setPromptText(i18n.t("settings.hotFolder.prompt"));
        folder.setPrefColumnCount(32);
        Button choose = new Button(i18n.t("settings.hotFolder.choose"));
        choose.setId("settings-hotFolder-choose");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.t("settings.hotFolder.choose.title"));
            Path now = folderOf(folder.getText());
            if (now != null && Files.isDirectory(now)) {
                chooser.setInitialDirectory(now.toFile());
            }
            File picked = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                folder.setText(picked.getAbsolutePath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(6, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        TextField command = new TextField(current.scanCommand() == null ? "" : current.scanCommand());
        command.setId("settings-scanCommand");
        command.setPromptText(i18n.t("settings.scanCommand.prompt", "{out}"));
        command.setPrefColumnCount(40);
        TextField timeout = new TextField(String.valueOf(current.scanTimeoutSeconds()));
        timeout.setId("settings-scanTimeout");
        timeout.setPrefColumnCount(6);
        CheckBox ocrOn = new CheckBox(i18n.t("settings.ocr.enabled"));
        ocrOn.setId("settings-ocr");
        ocrOn.setSelected(current.ocrEnabled());
        Label ocrState = new Label(ocrLine(i18n, ocr));
        ocrState.setId("settings-ocrState");
        ocrState.setWrapText(true);
        ocrState.getStyleClass().add("text-muted");
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        Forms form = new Forms().row(i18n.t("settings.language"), language)
                .row(i18n.t("settings.hotFolder"), folderRow)
                .row(i18n.t("settings.scanCommand"), command)
                .row(i18n.t("settings.scanTimeout"), timeout)
                .row(i18n.t("settings.ocr"), new VBox(4, ocrOn, ocrState));
        VBox content = new VBox(8, form.pane(), problem);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(i18n.t("settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(i18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).setId("settingsSave");
        Settings[] edited = new Settings[1];
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                edited[0] = read(current, language.getValue(), folder.getText(), command.getText(), timeout.getText(), ocrOn.isSelected());
                problem.setText("");
            } catch (UserFacingException x) {
                problem.setText(i18n.t(x));
                e.consume(); // the dialog stays open with the reason
            }
        });
        dialog.setResultConverter(b -> b == save ? edited[0] : null);
        dialog.setOnShown(e -> language.requestFocus());
        return dialog;
    }

    /** The settings as typed; a command is checked the way the scan button will run it. */
    static Settings read(Settings current, Language language, String folderText, String commandText, String timeoutText,
            boolean ocrEnabled) {
        int seconds;
        try {
            seconds = Integer.parseInt(timeoutText.strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException("scan.run.timeoutInvalid", timeoutText.strip());
        }
        if (seconds <= 0) {
            throw new UserFacingException("scan.run.timeoutInvalid", String.valueOf(seconds));
        }
        String commandLine = Text.nfcOrNull(commandText == null ? null : commandText.strip());
        if (commandLine != null && !commandLine.isEmpty()) {
            new ScannerCommand(commandLine, Duration.ofSeconds(seconds)); // refuses a missing {out} or an open quote
        }
        String folderLine = folderText == null ? "" : folderText.strip();
        Path folder = folderLine.isEmpty() ? null : folderOf(folderLine);
        if (!folderLine.isEmpty() && folder == null) {
            throw new UserFacingException("settings.hotFolder.invalid", folderLine);
        }
        return current.withLanguage(language).withHotFolder(folder).withScanCommand(commandLine)
                .withScanTimeoutSeconds(seconds).withOcrEnabled(ocrEnabled);
    }

    private static Path folderOf(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String ocrLine(I18n i18n, OcrAvailability ocr) {
        if (ocr == null) {
            return i18n.t("settings.ocr.unknown");
        }
        if (ocr.available()) {
            return i18n.t("settings.ocr.available", String.valueOf(ocr.version()));
        }
        return i18n.t(ocr.reasonKey());
    }
}
