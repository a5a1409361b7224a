package vn.motcua.catalog;

/** How a procedure's fee is counted. */
public enum FeeKind {
    /** Không thu: no fee. */
    FREE,
    /** Theo hồ sơ: a fixed amount per dossier, possibly lower for online submission. */
    PER_CASE,
    /** Theo bản: an amount per certified copy (Σ certified copies of the components). */
    PER_COPY,
    /** Theo trang: per-page bands per certified copy, with a cap per copy. */
    PER_PAGE
}
