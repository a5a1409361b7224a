package vn.motcua.forms;

/**
 * One row of a form's component table (thành phần hồ sơ): the paper's name and how many
 * originals (bản chính), certified copies (bản sao chứng thực) and photocopies (bản photo).
 *
 * @param note what to say about it, e.g. "Tra cứu CSDL quốc gia", "Chỉ xuất trình", or on
 *             form 02 what to correct; {@code null} when nothing
 */
public record ComponentRow(String name, int originals, int certifiedCopies, int photocopies, String note) {
}
