package vn.motcua.catalog;

/**
 * What the applicant actually brought for one component, as counted at the desk; the input of
 * a fee rule. {@code pages} is the page count of the document (for per-page fees).
 */
public record ComponentQuantity(String code, int originals, int certifiedCopies, int photocopies, int pages) {
}
