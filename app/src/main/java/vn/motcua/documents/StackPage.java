package vn.motcua.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.motcua.common.UserFacingException;

/**
 * Where page {@code n} of a stack is: which file and, for a PDF, which of its pages ({@code -1}
 * for an image file, one page each). Numbered across the files in order, as the splitter does.
 */
record StackPage(Path file, int pdfPage) {

    static List<StackPage> index(List<Path> stack) {
        List<StackPage> pages = new ArrayList<>();
        for (Path file : stack) {
            if (FileKind.sniff(file) == FileKind.PDF) {
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    for (int p = 0; p < doc.getNumberOfPages(); p++) {
                        pages.add(new StackPage(file, p));
                    }
                } catch (IOException e) {
                    throw new UserFacingException(e, "documents.stack.unreadable", file.getFileName().toString());
                }
            } else {
                pages.add(new StackPage(file, -1));
            }
        }
        return pages;
    }
}
