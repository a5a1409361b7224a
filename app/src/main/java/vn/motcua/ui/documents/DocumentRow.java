package vn.motcua.ui.documents;

import java.util.UUID;

/**
 * One linked document as the list shows it, text precomputed. A removed one stays listed,
 * greyed, with who removed it and why.
 */
public record DocumentRow(UUID id, String componentCode, String fileName, String text, boolean removed) {
}
