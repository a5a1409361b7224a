package vn.motcua.forms;

/**
 * How many copies (liên) of a receipt to print. {@link #TWO} prints the whole receipt twice,
 * captioned "Liên 1: Giao người nộp hồ sơ" and "Liên 2: Lưu tại cơ quan".
 */
public enum Copies {
    ONE, TWO
}
