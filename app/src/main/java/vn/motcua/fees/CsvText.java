package vn.motcua.fees;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.common.UserFacingException;

/**
 * The little of RFC 4180 that bank exports need: records end at a line break outside quotes,
 * cells are split on a separator chosen by the caller, quoted cells may hold separators, line
 * breaks and doubled quotes. Splitting records does not depend on the separator, so the header
 * can be tried with each candidate separator.
 */
final class CsvText {
    /** One record of the file and its 1-based row number. */
    record Line(int row, String text) {
    }

    private CsvText() {
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int openedAt = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote flips twice: no change
                openedAt = row;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(new Line(row++, current.toString()));
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (quoted) {
            throw new UserFacingException("fees.statement.unclosedQuote", String.valueOf(openedAt));
        }
        if (!current.isEmpty()) {
            lines.add(new Line(row, current.toString()));
        }
        return lines;
    }

    static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && (cell.toString().isBlank()) && !wasQuoted) {
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
