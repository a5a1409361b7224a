package vn.motcua.forms;

/** One fee line of a receipt; the amount is in whole đồng and prints as "10.000 đồng". */
public record FeeRow(String name, long amount) {
}
