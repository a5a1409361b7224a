package vn.motcua.documents.ocr;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The progress file of an OCR job ({@code <out>.ocr-progress.json}): the words of every page
 * finished so far, with the SHA-256 of the input PDF and the resolution, so a job killed halfway
 * resumes where it stopped and a progress file left over from another input is ignored.
 * Rewritten whole after each page through a temporary file and a move, so a kill never leaves
 * it half written.
 */
final class OcrProgress {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file's JSON shape. */
    record State(String sourceSha256, int dpi, Map<Integer, List<OcrWord>> pages) {
    }

    private final Path file;
    private final String sourceSha256;
    private final int dpi;
    private final Map<Integer, List<OcrWord>> pages = new TreeMap<>();

    private OcrProgress(Path file, String sourceSha256, int dpi) {
        this.file = file;
        this.sourceSha256 = sourceSha256;
        this.dpi = dpi;
    }

    static Path fileFor(Path out) {
        return out.resolveSibling(out.getFileName() + ".ocr-progress.json");
    }

    /** The recorded pages when the file belongs to this input at this resolution, else none. */
    static OcrProgress open(Path out, String sourceSha256, int dpi) {
        OcrProgress progress = new OcrProgress(fileFor(out), sourceSha256, dpi);
        if (Files.isRegularFile(progress.file)) {
            try {
                State s = JSON.readValue(progress.file.toFile(), new TypeReference<State>() {
                });
                if (sourceSha256.equals(s.sourceSha256()) && s.dpi() == dpi && s.pages() != null) {
                    progress.pages.putAll(s.pages());
                }
            } catch (IOException e) {
                // unreadable (should not happen: written by move): start over, it is only a cache
            }
        }
        return progress;
    }

    synchronized boolean isDone(int page) {
        return pages.containsKey(page);
    }

    synchronized int doneCount() {
        return pages.size();
    }

    synchronized Map<Integer, List<OcrWord>> pages() {
        return new TreeMap<>(pages);
    }

    /** Records a finished page and rewrites the file. */
    synchronized void record(int page, List<OcrWord> words) throws IOException {
        pages.put(page, List.copyOf(words));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), new State(sourceSha256, dpi, pages));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
