package vn.motcua.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.split.StackPart;
import vn.motcua.documents.split.StackSplitter;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;

/**
 * Files a scanned stack at its separator sheets: each part becomes the PDF of its dossier
 * component through {@link ScanImportService#importFiles}. Pages of a PDF stack are copied into
 * one PDF per part (their image streams untouched); image pages are passed as they are.
 *
 * <p>A stack with pages before its first separator is refused whole, naming those pages: the
 * clerk files them by hand or rescans, rather than finding half a stack filed.
 */
public final class StackFiling {
    private final ScanImportService imports;

    public StackFiling(ScanImportService imports) {
        this.imports = imports;
    }

    /** One part of the stack, filed. */
    public record FiledPart(String dossierCode, String componentCode, List<Integer> pageIndexes, ImportedDocument document) {
    }

    public List<FiledPart> file(Actor actor, List<Path> stack) {
        actor.require(Permission.DIGITIZE);
        List<StackPart> parts = new StackSplitter().split(stack);
        List<Integer> stray = parts.stream().filter(StackPart::unassigned).flatMap(p -> p.pageIndexes().stream())
                .map(i -> i + 1).toList();
        if (!stray.isEmpty()) {
            throw new UserFacingException("documents.stack.unassigned", String.join(", ", stray.stream().map(String::valueOf).toList()));
        }
        if (parts.stream().noneMatch(p -> !p.empty())) {
            throw new UserFacingException("documents.stack.nothingToFile");
        }
        List<StackPage> pages = StackPage.index(stack);
        Path work = temp();
        try {
            List<FiledPart> filed = new ArrayList<>();
            int n = 0;
            for (StackPart part : parts) {
                if (part.empty()) {
                    continue;
                }
                List<Path> inputs = inputs(pages, part.pageIndexes(), work.resolve("part-" + ++n));
                filed.add(new FiledPart(part.dossierCode(), part.componentCode(), part.pageIndexes(),
                        imports.importFiles(actor, part.dossierCode(), part.componentCode(), inputs)));
            }
            return filed;
        } finally {
            delete(work);
        }
    }

    /** The files of one part: image pages as they are, runs of PDF pages copied into one PDF. */
    private static List<Path> inputs(List<StackPage> pages, List<Integer> indexes, Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> inputs = new ArrayList<>();
            int i = 0;
            while (i < indexes.size()) {
                StackPage first = pages.get(indexes.get(i));
                if (first.pdfPage() < 0) {
                    inputs.add(first.file());
                    i++;
                    continue;
                }
                Path out = dir.resolve("pages-" + i + ".pdf");
                try (PDDocument source = Loader.loadPDF(first.file().toFile()); PDDocument copy = new PDDocument()) {
                    while (i < indexes.size() && pages.get(indexes.get(i)).file().equals(first.file())) {
                        copy.importPage(source.getPage(pages.get(indexes.get(i)).pdfPage()));
                        i++;
                    }
                    copy.save(out.toFile());
                }
                inputs.add(out);
            }
            return inputs;
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.stack.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("motcua-stack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
