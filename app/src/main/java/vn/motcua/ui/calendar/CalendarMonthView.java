package vn.motcua.ui.calendar;

import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.motcua.calendar.DayInfo;
import vn.motcua.ui.I18n;

/**
 * The administrator's month view: holidays, days off in exchange, worked Saturdays, the lunar
 * date small under each day. Page Up / Page Down change the month.
 */
public final class CalendarMonthView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private final VBox root = new VBox(12);
    private final GridPane grid = new GridPane();
    private final I18n i18n;

    public CalendarMonthView(I18n i18n, CalendarMonthViewModel vm) {
        this.i18n = i18n;
        Button previous = iconButton("calendarPrevious", Material2AL.CHEVRON_LEFT, i18n.t("calendarView.previous"), vm::previous);
        Button next = iconButton("calendarNext", Material2AL.CHEVRON_RIGHT, i18n.t("calendarView.next"), vm::next);
        Button thisMonth = new Button(i18n.t("calendarView.thisMonth"));
        thisMonth.setOnAction(e -> vm.thisMonth());
        Label title = new Label();
        title.setId("calendarMonth");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(vm.monthProperty().asString().map(
                s -> i18n.t("calendarView.month", vm.monthProperty().get().getMonthValue(), String.valueOf(vm.monthProperty().get().getYear()))));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, title, next, thisMonth, grow, legend("day-public-holiday", "calendarView.legend.holiday"),
                legend("day-announced-day-off", "calendarView.legend.dayOff"), legend("day-swapped-working-day", "calendarView.legend.swapped"));
        bar.setAlignment(Pos.CENTER_LEFT);

        grid.setId("calendarGrid");
        grid.setHgap(4);
        grid.setVgap(4);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(col);
        }
        vm.days().addListener((ListChangeListener<MonthDay>) change -> fill(vm));

        ListView<DayInfo> exceptions = new ListView<>(vm.exceptions());
        exceptions.setId("calendarExceptions");
        exceptions.setPrefHeight(150);
        exceptions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DayInfo d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.date().format(DAY) + " — "
                        + i18n.t(d.working() ? "calendarView.working" : "calendarView.off") + " — " + d.reason());
            }
        });
        exceptions.setPlaceholder(new Label(i18n.t("calendarView.noExceptions")));
        Label note = new Label();
        note.setId("calendarYearNote");
        note.setWrapText(true);
        note.textProperty().bind(vm.yearNoteProperty());
        Label version = new Label();
        version.getStyleClass().add("text-muted");
        version.textProperty().bind(vm.versionProperty().map(v -> i18n.t("calendarView.version", v)));

        root.getChildren().addAll(bar, grid, new Label(i18n.t("calendarView.exceptions")), exceptions, note, version);
        root.setPadding(new Insets(16));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_UP) {
                vm.previous();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_DOWN) {
                vm.next();
                e.consume();
            }
        });
        vm.refresh();
    }

    private void fill(CalendarMonthViewModel vm) {
        grid.getChildren().clear();
        String[] weekdays = i18n.t("calendarView.weekdays").split(",");
        for (int c = 0; c < 7; c++) {
            Label head = new Label(weekdays[c].strip());
            head.getStyleClass().add("calendar-weekday");
            grid.add(head, c, 0);
        }
        int i = 0;
        for (MonthDay day : vm.days()) {
            grid.add(cell(day), i % 7, 1 + i / 7);
            i++;
        }
    }

    private VBox cell(MonthDay day) {
        Label number = new Label(String.valueOf(day.date().getDayOfMonth()));
        number.getStyleClass().add("calendar-day-number");
        Label lunar = new Label(day.lunar());
        lunar.getStyleClass().add("calendar-lunar");
        VBox cell = new VBox(2, number, lunar);
        cell.setId("day-" + day.date());
        cell.getStyleClass().addAll("calendar-day", day.styleClass());
        if (!day.inMonth()) {
            cell.getStyleClass().add("calendar-other-month");
        }
        if (day.today()) {
            cell.getStyleClass().add("calendar-today");
        }
        if (day.reason() != null && !day.reason().isBlank()) {
            Tooltip.install(cell, new Tooltip(day.reason()));
        }
        cell.setAccessibleText(day.date().format(DAY) + " " + (day.reason() == null ? "" : day.reason()));
        return cell;
    }

    private Label legend(String style, String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().addAll("calendar-legend", style);
        return l;
    }

    private static Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String text, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(text);
        b.setTooltip(new Tooltip(text));
        b.setOnAction(e -> action.run());
        return b;
    }

    public Parent root() {
        return root;
    }
}
