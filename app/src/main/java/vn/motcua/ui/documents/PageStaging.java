package vn.motcua.ui.documents;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.documents.StagedPage;

/**
 * The pages the clerk is arranging before sealing: order, turns, deletions, each edit undoable
 * (Ctrl+Z) until the pages are sealed or cleared. Nothing here touches a file.
 */
public final class PageStaging {
    private final ObservableList<StagedPageItem> pages = FXCollections.observableArrayList();
    private final ObjectProperty<StagedPageItem> selected = new SimpleObjectProperty<>();
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();

    public ObservableList<StagedPageItem> pages() {
        return pages;
    }

    public ObjectProperty<StagedPageItem> selectedProperty() {
        return selected;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    void add(List<StagedPageItem> items) {
        pages.addAll(items);
        if (selected.get() == null && !items.isEmpty()) {
            selected.set(items.get(0));
        }
    }

    /** Turns the selected page by quarter turns (+1 clockwise). */
    public boolean rotate(int quarters) {
        StagedPageItem item = selected.get();
        if (item == null) {
            return false;
        }
        item.turn(quarters);
        remember(() -> item.turn(-quarters));
        return true;
    }

    /** Moves the selected page one place earlier (-1) or later (+1). */
    public boolean move(int delta) {
        StagedPageItem item = selected.get();
        int from = pages.indexOf(item);
        int to = from + delta;
        if (item == null || to < 0 || to >= pages.size()) {
            return false;
        }
        place(item, to);
        remember(() -> place(item, from));
        return true;
    }

    /** Takes the selected page out; the next page (or the one before) becomes selected. */
    public boolean delete() {
        StagedPageItem item = selected.get();
        int at = pages.indexOf(item);
        if (item == null || at < 0) {
            return false;
        }
        pages.remove(at);
        selected.set(pages.isEmpty() ? null : pages.get(Math.min(at, pages.size() - 1)));
        remember(() -> {
            pages.add(Math.min(at, pages.size()), item);
            selected.set(item);
        });
        return true;
    }

    /** Takes back the last edit; false when there is none. */
    public boolean undo() {
        Runnable last = undo.poll();
        if (last == null) {
            return false;
        }
        last.run();
        canUndo.set(!undo.isEmpty());
        return true;
    }

    /** The pages as they will be sealed. */
    public List<StagedPage> arranged() {
        return pages.stream().map(StagedPageItem::staged).toList();
    }

    public long blankCount() {
        return pages.stream().filter(p -> p.blankProperty().get()).count();
    }

    void clear() {
        pages.clear();
        selected.set(null);
        undo.clear();
        canUndo.set(false);
    }

    private void place(StagedPageItem item, int index) {
        pages.remove(item);
        pages.add(index, item);
        selected.set(item);
    }

    private void remember(Runnable inverse) {
        undo.push(inverse);
        canUndo.set(true);
    }
}
