package vn.motcua.ui.shell;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.motcua.security.Actor;
import vn.motcua.ui.I18n;
import vn.motcua.ui.KeyBinding;

/**
 * The main window: menus, the areas of the product on the left, the chosen area in the middle,
 * the status bar below. Every shortcut comes from {@link KeyBinding}.
 */
public final class MainWindow {
    /** What the menus ask the shell to do. */
    public interface Actions {
        void openSettings();

        void about();

        void logOut();

        void quit();

        /** "Đồng bộ ngay" (F9). */
        void syncNow();
    }

    private final BorderPane root = new BorderPane();
    private final ListView<Area> navigation = new ListView<>();
    private final StatusBar statusBar;
    private final I18n i18n;

    /**
     * @param content builds an area's screen; {@code null} means it is not built yet and a
     *                placeholder says what will come
     * @param start   the area shown first (the dossier list for the desk, the dashboard for the chair)
     */
    public MainWindow(I18n i18n, Actor actor, String officeName, Actions actions, Function<Area, Parent> content, Area start) {
        this.i18n = i18n;
        navigation.setId("navigation");
        navigation.getItems().setAll(Area.values());
        navigation.setCellFactory(list -> new AreaCell(i18n));
        navigation.setFixedCellSize(44);
        navigation.setPrefWidth(210);
        navigation.getSelectionModel().selectedItemProperty().addListener((o, was, area) -> {
            if (area != null) {
                Parent screen = content.apply(area);
                root.setCenter(screen != null ? screen : PlaceholderView.of(i18n, area));
            }
        });
        String roles = actor.roles().stream().map(r -> i18n.t("role." + r.name().toLowerCase(Locale.ROOT)))
                .sorted().collect(Collectors.joining(", "));
        statusBar = new StatusBar(i18n, actor.fullName() + (roles.isEmpty() ? "" : " · " + roles), officeName);
        root.setTop(menus(actions));
        root.setLeft(navigation);
        root.setBottom(statusBar.root());
        root.setId("mainWindow");
        show(start);
    }

    private MenuBar menus(Actions actions) {
        Menu file = new Menu(i18n.t("menu.file"));
        file.getItems().addAll(
                item("settings", "menu.settings", KeyBinding.SETTINGS, actions::openSettings),
                item("logOut", "menu.logOut", KeyBinding.LOG_OUT, actions::logOut),
                item("syncNow", "menu.syncNow", KeyBinding.SYNC_NOW, actions::syncNow),
                new SeparatorMenuItem(),
                item("quit", "menu.quit", KeyBinding.QUIT, actions::quit));
        Menu go = new Menu(i18n.t("menu.go"));
        for (Area area : Area.values()) {
            go.getItems().add(item("go-" + area.id(), area.key(), KeyBinding.area(area.ordinal()), () -> show(area)));
        }
        Menu help = new Menu(i18n.t("menu.help"));
        help.getItems().add(item("about", "menu.about", KeyBinding.ABOUT, actions::about));
        MenuBar bar = new MenuBar(file, go, help);
        bar.setId("menuBar");
        return bar;
    }

    private MenuItem item(String id, String key, KeyBinding binding, Runnable action) {
        MenuItem item = new MenuItem(i18n.t(key));
        item.setId("menu-" + id);
        item.setAccelerator(binding.combination());
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Shows an area and moves the keyboard focus to the navigation list. */
    public void show(Area area) {
        navigation.getSelectionModel().select(area);
        navigation.requestFocus();
    }

    /** The status bar's badge of dossiers due today and overdue; {@code null} hides it. */
    public void dueBadge(String text) {
        statusBar.dueBadge(text);
    }

    /** The status bar's portal line follows the sync; clicking it opens the sync area. */
    public void syncLine(vn.motcua.ui.sync.SyncPanelViewModel sync) {
        statusBar.syncLine(sync, () -> show(Area.SYNC));
    }

    public Area current() {
        return navigation.getSelectionModel().getSelectedItem();
    }

    public Parent root() {
        return root;
    }

    /** Releases timers and listeners; called when the window is replaced (log-out, language). */
    public void dispose() {
        statusBar.dispose();
    }

    private static final class AreaCell extends ListCell<Area> {
        private final I18n i18n;

        AreaCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Area area, boolean empty) {
            super.updateItem(area, empty);
            if (empty || area == null) {
                setText(null);
                setGraphic(null);
                setId(null);
            } else {
                setText(i18n.t(area.key()));
                FontIcon icon = new FontIcon(area.icon());
                icon.setIconSize(20);
                setGraphic(icon);
                setId(area.id());
                setAccessibleText(i18n.t(area.key()));
            }
        }
    }
}
