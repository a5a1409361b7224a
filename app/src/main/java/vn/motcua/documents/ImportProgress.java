package vn.motcua.documents;

/**
 * Told after each page is placed into the PDF being sealed, so a screen can say "page 12 of 50".
 * Called on the worker thread that assembles; a screen hands the numbers to its own thread.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Reports nothing. */
    ImportProgress NONE = (done, total) -> { };

    void pageDone(int pagesDone, int pagesTotal);
}
