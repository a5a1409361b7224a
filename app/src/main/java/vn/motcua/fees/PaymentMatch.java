package vn.motcua.fees;

/**
 * A statement line whose transfer text carries a dossier code. {@code amountMatches} is false
 * when the money received differs from the fee expected: the clerk decides what to do.
 */
public record PaymentMatch(String dossierCode, StatementLine line, boolean amountMatches) {
}
