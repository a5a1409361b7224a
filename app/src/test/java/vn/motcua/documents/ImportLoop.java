package vn.motcua.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/**
 * Child process for {@link ImportKillTest}: imports every file of a folder (name order) as one
 * component of a dossier, printing {@code START} just before the import and the SHA-256 once it
 * has returned.
 */
public final class ImportLoop {
    private ImportLoop() {
    }

    /** {@code DATA_DIR DOSSIER_CODE COMPONENT PAGES_DIR}. */
    public static void main(String[] args) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of(args[3]))) {
            pages = files.sorted().toList();
        }
        try (AppContext context = TestOffice.open(Path.of(args[0]))) {
            System.out.println("START");
            System.out.flush();
            ImportedDocument doc = context.documents().importFiles(Actor.SYSTEM, args[1], args[2], pages);
            System.out.println(doc.sha256());
            System.out.flush();
        }
    }
}
