package vn.motcua.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.calendar.BudgetKind;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.ui.Ui;

/**
 * "Why is this the due date?": a receipt time and a legal time budget give the due date and
 * every step of its reasoning (skipped holidays, worked Saturdays, the cut-off), as printed.
 */
public final class DueDateViewModel {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>();
    private final StringProperty receivedTime = new SimpleStringProperty("");
    private final ObjectProperty<BudgetKind> kind = new SimpleObjectProperty<>(BudgetKind.WORKING_DAYS);
    private final IntegerProperty amount = new SimpleIntegerProperty(5);
    private final StringProperty cutoff = new SimpleStringProperty("15:00");
    private final StringProperty due = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> explanation = FXCollections.observableArrayList();
    private final Ui ui;
    private final Callable<WorkCalendar> calendar;

    public DueDateViewModel(Ui ui, Callable<WorkCalendar> calendar, LocalDateTime now) {
        this.ui = ui;
        this.calendar = calendar;
        receivedDate.set(now.toLocalDate());
        receivedTime.set(now.toLocalTime().withSecond(0).withNano(0).toString());
    }

    /** Computes on the background pool; bad input is named in {@link #messageProperty()}. */
    public void compute() {
        message.set("");
        LocalTime time = time(receivedTime.get(), "dueView.badTime");
        LocalTime cut = kind.get() == BudgetKind.SAME_DAY ? time(cutoff.get(), "dueView.badCutoff") : null;
        if (time == null || (kind.get() == BudgetKind.SAME_DAY && cut == null)) {
            return;
        }
        if (receivedDate.get() == null) {
            message.set(ui.i18n().t("dueView.badDate"));
            return;
        }
        if (kind.get() != BudgetKind.NONE && kind.get() != BudgetKind.SAME_DAY && amount.get() < 1) {
            message.set(ui.i18n().t("dueView.badAmount"));
            return;
        }
        LocalDateTime received = receivedDate.get().atTime(time);
        TimeBudget budget = budget(cut);
        ui.runner().run(() -> {
            WorkCalendar cal = calendar.call();
            return new Result(cal.due(received, budget).map(SHOWN::format).orElse(ui.i18n().t("dueView.none")),
                    cal.explainDue(received, budget));
        }, r -> {
            due.set(r.due());
            explanation.setAll(r.lines());
        }, e -> ui.fail(e, message::set));
    }

    private record Result(String due, List<String> lines) {
    }

    private TimeBudget budget(LocalTime cut) {
        return switch (kind.get()) {
            case WORKING_DAYS -> TimeBudget.workingDays(amount.get());
            case WORKING_HOURS -> TimeBudget.workingHours(amount.get());
            case CALENDAR_DAYS -> TimeBudget.calendarDays(amount.get());
            case SAME_DAY -> TimeBudget.sameDay(cut);
            case NONE -> TimeBudget.none();
        };
    }

    private LocalTime time(String text, String errorKey) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            message.set(ui.i18n().t(errorKey, text));
            return null;
        }
    }

    public ObjectProperty<LocalDate> receivedDateProperty() {
        return receivedDate;
    }

    public StringProperty receivedTimeProperty() {
        return receivedTime;
    }

    public ObjectProperty<BudgetKind> kindProperty() {
        return kind;
    }

    public IntegerProperty amountProperty() {
        return amount;
    }

    public StringProperty cutoffProperty() {
        return cutoff;
    }

    public StringProperty dueProperty() {
        return due;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> explanation() {
        return explanation;
    }
}
