package vn.motcua.documents.source;

import java.util.List;

/**
 * What a source did with each file, for the clerk: "đã nhận tệp X vào thành phần Y", "tệp X bị
 * từ chối: lý do". Called on the source's own thread (the hot folder's poller); the desktop
 * moves these onto the FX thread itself. Every method does nothing by default.
 */
public interface HotFolderListener {
    /** {@code fileName} was complete and has been claimed; filing starts. */
    default void taken(String fileName) {
    }

    /** {@code fileName} was filed and every stored PDF verified; the original went to done/. */
    default void filed(String fileName, List<FiledDocument> documents) {
    }

    /** {@code fileName} was refused; {@code message} says why (in the desk's language). */
    default void refused(String fileName, String message) {
    }

    /** {@code fileName} has no separator sheet and no target: it waits for the clerk to assign it. */
    default void waiting(String fileName) {
    }

    /** The folder cannot be read (missing, unplugged network drive); told once until it works again. */
    default void unavailable(String message) {
    }
}
