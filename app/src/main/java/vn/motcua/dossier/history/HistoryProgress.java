package vn.motcua.dossier.history;

/** Told after each chunk how far an import is, for a progress bar (bytes are of the file as read). */
@FunctionalInterface
public interface HistoryProgress {
    HistoryProgress NONE = (lines, bytesRead, totalBytes) -> { };

    void progress(long linesDone, long bytesRead, long totalBytes);
}
