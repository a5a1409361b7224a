package vn.motcua.ui.documents;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import vn.motcua.documents.StagedPage;

/**
 * One page waiting in the staging area: where it comes from, how the clerk turned it, and its
 * thumbnail and blank-page hint once the background rendering is done (until then the strip
 * shows a placeholder). Only touched on the FX thread.
 */
public final class StagedPageItem {
    private final Path file;
    private final int pageIndex;
    private final String label;
    private final IntegerProperty rotation = new SimpleIntegerProperty();
    private final ObjectProperty<Image> thumbnail = new SimpleObjectProperty<>();
    private final BooleanProperty blank = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");

    public StagedPageItem(Path file, int pageIndex, String label) {
        this.file = file;
        this.pageIndex = pageIndex;
        this.label = label;
    }

    public Path file() {
        return file;
    }

    public int pageIndex() {
        return pageIndex;
    }

    /** File name, and the page within it for a multi-page file. */
    public String label() {
        return label;
    }

    /** Clockwise degrees: 0, 90, 180 or 270. */
    public IntegerProperty rotationProperty() {
        return rotation;
    }

    void turn(int quarters) {
        rotation.set(Math.floorMod(rotation.get() + 90 * quarters, 360));
    }

    public ObjectProperty<Image> thumbnailProperty() {
        return thumbnail;
    }

    public BooleanProperty blankProperty() {
        return blank;
    }

    /** True once the preview was made (or failed: then {@link #problemProperty()} says why). */
    public BooleanProperty readyProperty() {
        return ready;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StagedPage staged() {
        return new StagedPage(file, pageIndex, rotation.get());
    }

    @Override
    public String toString() {
        return label;
    }
}
