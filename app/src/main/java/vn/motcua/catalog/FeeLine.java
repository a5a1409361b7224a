package vn.motcua.catalog;

/** One line of fees (phí, lệ phí) owed for a dossier, in whole đồng. */
public record FeeLine(String code, String name, long amount) {
}
