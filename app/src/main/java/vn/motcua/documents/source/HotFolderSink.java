package vn.motcua.documents.source;

import vn.motcua.common.UserFacingException;
import vn.motcua.documents.ImportedDocument;

/**
 * Files one scanned file taken from a source (hot folder or scanner command). Implementations
 * link it to dossiers; the caller moves the original and tells the listener.
 */
public interface HotFolderSink {
    /**
     * Files {@code file}: at its separator sheets when it has some, else into {@code target}.
     *
     * @param target where a file without separator sheets goes, or null when the desk set none
     * @throws UserFacingException when the file is refused (unreadable, wrong type, too large…):
     *     then nothing is linked
     */
    Filing file(java.nio.file.Path file, Target target);

    /** Refuses a target whose dossier or component does not exist, with a message naming it. */
    void checkTarget(Target target);

    /** Whether the stored PDF of {@code document} is there and still hashes to its SHA-256. */
    boolean isIntact(ImportedDocument document);
}
