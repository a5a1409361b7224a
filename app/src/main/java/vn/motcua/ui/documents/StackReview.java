package vn.motcua.ui.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.documents.StackFiling;
import vn.motcua.documents.split.StackPart;
import vn.motcua.ui.Ui;

/**
 * "Tách xấp có tờ phân cách": a scanned stack is first read and its parts shown (which dossier,
 * which component, which pages; pages before the first separator named), and only "Lưu các
 * phần" files them. A stack with stray pages is shown but cannot be filed (StackFiling refuses
 * it whole), so the clerk sees why before trying.
 */
public final class StackReview {
    private final ObservableList<String> parts = FXCollections.observableArrayList();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty fileable = new SimpleBooleanProperty();
    private final Ui ui;
    private final DigitizationDesk desk;
    private final Consumer<List<String>> filedInto;
    private final Consumer<String> report;

    /**
     * @param filedInto told the codes of the dossiers that received parts
     * @param report    the screen's message line, for what is said once this panel is closed
     */
    StackReview(Ui ui, DigitizationDesk desk, Consumer<List<String>> filedInto, Consumer<String> report) {
        this.ui = ui;
        this.desk = desk;
        this.filedInto = filedInto;
        this.report = report;
    }

    /** Reads the stack in the background and lists its parts; nothing is stored. */
    public void choose(Path stack) {
        parts.clear();
        file.set(null);
        fileable.set(false);
        message.set("");
        busy.set(true);
        ui.runner().run(() -> desk.split(stack), found -> {
            busy.set(false);
            file.set(stack);
            parts.setAll(found.stream().map(this::line).toList());
            boolean stray = found.stream().anyMatch(p -> p.unassigned() && !p.empty());
            boolean anything = found.stream().anyMatch(p -> !p.unassigned() && !p.empty());
            fileable.set(anything && !stray);
            if (found.stream().noneMatch(p -> !p.unassigned())) {
                message.set(ui.i18n().t("scan.split.noSeparator"));
            }
        }, e -> {
            busy.set(false);
            ui.fail(e, report);
        });
    }

    private String line(StackPart p) {
        String pages = p.pageIndexes().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "));
        if (p.unassigned()) {
            return ui.i18n().t("scan.split.unassigned", pages);
        }
        return p.empty() ? ui.i18n().t("scan.split.emptyPart", p.dossierCode(), p.componentCode())
                : ui.i18n().t("scan.split.part", p.dossierCode(), p.componentCode(), pages);
    }

    /** Files every part ("Lưu các phần"). */
    public void fileParts() {
        Path stack = file.get();
        if (stack == null || busy.get() || !fileable.get()) {
            return;
        }
        busy.set(true);
        ui.runner().run(() -> desk.fileStack(stack), filed -> {
            busy.set(false);
            close();
            report.accept(filed.stream().map(this::filedLine).collect(Collectors.joining("\n")));
            filedInto.accept(filed.stream().map(StackFiling.FiledPart::dossierCode).distinct().toList());
        }, e -> {
            busy.set(false);
            ui.fail(e, message::set);
        });
    }

    private String filedLine(StackFiling.FiledPart f) {
        return ui.i18n().t("scan.split.filed", f.dossierCode(), f.componentCode(),
                f.pageIndexes().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", ")));
    }

    /** Drops the stack without filing anything. */
    public void close() {
        parts.clear();
        file.set(null);
        fileable.set(false);
        message.set("");
    }

    public ObservableList<String> parts() {
        return parts;
    }

    /** The stack being reviewed; {@code null} when none. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True when the parts can be filed: some pages after a separator and none before the first. */
    public BooleanProperty fileableProperty() {
        return fileable;
    }
}
