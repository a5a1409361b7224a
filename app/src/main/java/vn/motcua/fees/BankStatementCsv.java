package vn.motcua.fees;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/**
 * Reads a bank statement exported as CSV by a Vietnamese bank. Exports differ: a preamble (bank,
 * account, period) before the header, header names in Vietnamese or English, {@code ;} or
 * {@code ,} (or tab) between cells, amounts with dots or commas, a credit and a debit column or
 * one signed amount, total lines at the end. A transaction row that cannot be read is refused
 * with its row and column rather than skipped: a missed payment is worse than a retyped cell.
 */
public final class BankStatementCsv {
    static final int MAX_CHARS = 20_000_000;
    /** The header is looked for in this many rows from the top (bank preambles are short). */
    private static final int HEADER_SEARCH_ROWS = 40;
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private BankStatementCsv() {
    }

    /**
     * The transactions of the statement, in file order.
     *
     * @throws UserFacingException when no header is found, the file is too large, or a row is
     *     broken (naming the row and the column)
     */
    public static List<StatementLine> parse(Reader csv) {
        List<CsvText.Line> lines = CsvText.lines(read(csv));
        StatementColumns columns = header(lines)
                .orElseThrow(() -> new UserFacingException("fees.statement.noHeader"));
        List<StatementLine> out = new ArrayList<>();
        for (CsvText.Line line : lines) {
            if (line.row() > columns.row()) {
                row(line, columns).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<StatementLine> row(CsvText.Line line, StatementColumns c) {
        List<String> cells = CsvText.cells(line.text(), c.separator());
        String dateText = cell(cells, c.date());
        String creditText = cell(cells, c.amount());
        String debitText = c.debit() >= 0 ? cell(cells, c.debit()) : "";
        LocalDate date = StatementValues.date(dateText);
        if (date == null) {
            if (creditText.isEmpty() && debitText.isEmpty() || isTotal(cells)) {
                return Optional.empty(); // blank line, signature line, totals: not a transaction
            }
            throw new UserFacingException("fees.statement.badDate", String.valueOf(line.row()), c.name(c.date()), dateText);
        }
        long amount;
        if (!creditText.isEmpty() && !isZero(creditText) || debitText.isEmpty()) {
            amount = money(creditText, line, c, c.amount());
        } else {
            amount = -money(debitText, line, c, c.debit());
        }
        String description = Text.nfc(cell(cells, c.description()));
        String reference = c.reference() >= 0 ? Text.nfcOrNull(cell(cells, c.reference())) : null;
        return Optional.of(new StatementLine(line.row(), date, amount, description, reference));
    }

    private static long money(String text, CsvText.Line line, StatementColumns c, int column) {
        OptionalLong value = text.isEmpty() ? OptionalLong.empty() : StatementValues.amount(text);
        if (value.isEmpty()) {
            throw new UserFacingException("fees.statement.badAmount", String.valueOf(line.row()), c.name(column), text);
        }
        return value.getAsLong();
    }

    private static boolean isZero(String text) {
        OptionalLong value = StatementValues.amount(text);
        return value.isPresent() && value.getAsLong() == 0;
    }

    private static boolean isTotal(List<String> cells) {
        return cells.stream().map(Text::fold).anyMatch(s -> s.startsWith("tong") || s.startsWith("cong ")
                || s.startsWith("total") || s.startsWith("so du") || s.contains("balance"));
    }

    private static Optional<StatementColumns> header(List<CsvText.Line> lines) {
        for (CsvText.Line line : lines.subList(0, Math.min(lines.size(), HEADER_SEARCH_ROWS))) {
            StatementColumns best = null;
            for (char separator : SEPARATORS) {
                Optional<StatementColumns> found = StatementColumns.recognize(line, separator);
                if (found.isPresent() && (best == null || found.get().names().size() > best.names().size())) {
                    best = found.get();
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    private static String read(Reader csv) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (csv) {
            for (int n = csv.read(buffer); n >= 0; n = csv.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARS) {
                    throw new UserFacingException("fees.statement.tooLarge", String.valueOf(MAX_CHARS / 1_000_000));
                }
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "fees.statement.unreadable");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text.deleteCharAt(0);
        }
        return text.toString();
    }
}
