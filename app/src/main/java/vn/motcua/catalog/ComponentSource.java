package vn.motcua.catalog;

/**
 * How the office obtains a required component (thành phần hồ sơ). Documents the state can look
 * up in national databases are never collected as paper; documents only shown are never
 * photocopied (reference §6).
 */
public enum ComponentSource {
    /** Nộp giấy: the applicant hands over paper (originals, certified copies or photocopies). */
    COLLECT_PAPER,
    /** Tra cứu CSDL quốc gia: looked up in a national database (personal ID, residence, civil status). */
    LOOK_UP,
    /** Chỉ xuất trình: shown to the clerk and handed back, not kept. */
    SHOW_ONLY
}
