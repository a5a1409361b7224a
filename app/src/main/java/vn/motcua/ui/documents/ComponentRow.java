package vn.motcua.ui.documents;

/**
 * One component (thành phần hồ sơ) of the open dossier as the list shows it: its state in words
 * (and an icon), never by colour alone.
 *
 * @param pages pages of the documents still linked (0 when none)
 */
public record ComponentRow(String code, String name, State state, int pages, String stateText) {
    /** Whether the component's papers are in the dossier as PDF. */
    public enum State {
        /** Đã số hóa: at least one document is linked and not removed. */
        DIGITIZED,
        /** Chưa số hóa: paper was handed in, nothing scanned yet. */
        NOT_YET,
        /** Không cần: looked up in a national database or only shown, so no paper to scan. */
        NOT_NEEDED
    }

    public String title() {
        return code + " — " + name;
    }
}
