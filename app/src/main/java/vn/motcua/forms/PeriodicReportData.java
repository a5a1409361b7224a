package vn.motcua.forms;

import java.util.List;

/**
 * What the official periodic report prints: the document head, the title's caption (the period),
 * the table's column headers and rows as text (numbers already formatted), and a closing note.
 */
public record PeriodicReportData(DocumentHeader header, String caption, List<String> columns, List<Row> rows, String note) {
    /** One line: its number ("1", "1.2", or empty), its label, then one text per numeric column. */
    public record Row(String number, String label, List<String> cells) {
    }
}
