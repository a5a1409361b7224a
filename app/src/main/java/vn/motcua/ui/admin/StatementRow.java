package vn.motcua.ui.admin;

import vn.motcua.fees.StatementLine;

/**
 * One line of a bank statement as the result tables show it.
 *
 * @param code the dossier code the line was matched to; empty when it matched none
 */
public record StatementRow(int row, String date, String code, String amount, String description) {
    static StatementRow of(String code, StatementLine line) {
        return new StatementRow(line.row(), AdminText.DAY.format(line.date()), code == null ? "" : code,
                AdminText.money(line.amount()), line.description() == null ? "" : line.description());
    }
}
