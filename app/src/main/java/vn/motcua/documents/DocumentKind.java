package vn.motcua.documents;

/**
 * What a dossier document is. Results are not one of the procedure's input components: they
 * are filed under the fixed pseudo component {@link #RESULT_COMPONENT}, and Decision 766 counts
 * resolved dossiers that have one (reference §9, §10).
 */
public enum DocumentKind {
    /** A paper the citizen brought (thành phần hồ sơ). */
    INPUT,
    /** The signed result paper (giấy tờ kết quả) kept as the dossier's electronic result. */
    RESULT,
    /** A letter the office sends the citizen (form 04 apology, form 05 stop notice), kept as digitally signed. */
    LETTER;

    /** The component code results are filed under; no procedure uses it for an input. */
    public static final String RESULT_COMPONENT = "KET_QUA";
}
