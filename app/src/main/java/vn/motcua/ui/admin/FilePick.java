package vn.motcua.ui.admin;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/**
 * The operating system's "open file" dialog, owned by the window of {@code owner}. Kept apart
 * from the view models, which take the chosen path, so tests hand them a real file directly.
 */
final class FilePick {
    private FilePick() {
    }

    static Optional<Path> open(Node owner, String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File chosen = chooser.showOpenDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
