package vn.motcua.dossier;

/** Where a fee line stands: to be paid, paid, waived on a legal ground, or paid back. */
public enum FeeState {
    DUE,
    PAID,
    EXEMPT,
    REFUNDED
}
