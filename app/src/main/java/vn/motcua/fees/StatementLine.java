package vn.motcua.fees;

import java.time.LocalDate;

/**
 * One transaction of a bank statement. {@code row} is the row number in the file as a
 * spreadsheet shows it (header and bank preamble included), so the clerk can find it;
 * {@code amount} is in whole đồng, positive for money received, negative for money paid out;
 * {@code reference} is {@code null} when the bank gives none.
 */
public record StatementLine(int row, LocalDate date, long amount, String description, String reference) {
}
