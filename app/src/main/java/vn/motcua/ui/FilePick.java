package vn.motcua.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * The operating system's "open file" dialog, owned by the window of {@code owner}. Kept apart
 * from the view models, which take the chosen path, so tests hand them a real file directly.
 */
public final class FilePick {
    private FilePick() {
    }

    public static Optional<Path> open(Node owner, String title, String filterName, String... patterns) {
        FileChooser chooser = chooser(title, filterName, patterns);
        File chosen = chooser.showOpenDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** The "save as" dialog, proposing {@code suggestedName}. */
    public static Optional<Path> save(Node owner, String title, String suggestedName, String filterName, String... patterns) {
        FileChooser chooser = chooser(title, filterName, patterns);
        chooser.setInitialFileName(suggestedName);
        File chosen = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static FileChooser chooser(String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }
}
