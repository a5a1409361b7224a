/**
 * Where scanned papers come from besides a file dialog: the hot folder the office's scanner
 * software writes into, and a configurable scanner command line. Both hand each file to the
 * same {@link vn.motcua.documents.source.HotFolderSink}: a stack with separator sheets is filed
 * at its sheets, any other file into the desk's current target, or it waits for the clerk.
 * The original is kept (in {@code .motcua/done/}, 30 days) and let go only after the stored PDF
 * re-hashed to its SHA-256. No JavaFX here: the desktop listens through
 * {@link vn.motcua.documents.source.HotFolderListener}.
 */
package vn.motcua.documents.source;
