package vn.motcua.ui.dossier;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.common.UserFacingException;

/**
 * Shows a rendered form to the clerk. The desktop writes it to a temporary file and hands it to
 * the system's PDF reader (which prints it); tests keep the bytes. Called off the FX thread.
 */
@FunctionalInterface
public interface PdfOpener {
    void open(String fileName, byte[] pdf) throws Exception;

    /**
     * The system's PDF reader; says where the file is when the system cannot open it. A viewer
     * needs a plain file, and a form names the applicant: it is written under {@code viewDir} in
     * the data directory (the document store's {@code view-tmp}, cleared when the store opens and
     * on exit), not in the system's temporary folder.
     */
    static PdfOpener system(Path viewDir) {
        return (fileName, pdf) -> {
            Files.createDirectories(viewDir);
            Path dir = Files.createTempDirectory(viewDir, "forms");
            Path file = Files.write(dir.resolve(fileName), pdf);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new UserFacingException("ui.dossier.form.cannotOpen", file.toString());
            }
            Desktop.getDesktop().open(file.toFile());
        };
    }
}
