package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import vn.motcua.common.Text;

/** One data row of a catalogue spreadsheet, read by logical field; errors name sheet, row and column header. */
final class XlsxRecord implements RecordSource {
    private final String file;
    private final String sheet;
    private final Row row;
    private final Map<String, Integer> columns;
    private final Map<String, String> headers;

    XlsxRecord(String file, String sheet, Row row, Map<String, Integer> columns, Map<String, String> headers) {
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.headers = headers;
    }

    int rowNumber() {
        return row.getRowNum();
    }

    @Override
    public String text(String field) {
        Integer column = columns.get(field);
        return column == null ? null : cellText(row, column);
    }

    /** A cell as text: numbers without a spurious ".0", booleans as true/false, formulas by their value. */
    static String cellText(Row row, int column) {
        Optional<Cell> cell = row.getOptionalCell(column);
        if (cell.isEmpty()) {
            return null;
        }
        Cell c = cell.get();
        String text = switch (c.getType()) {
            case NUMBER -> c.getValue() instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : c.getRawValue();
            case BOOLEAN -> String.valueOf(c.asBoolean());
            case EMPTY -> null;
            case FORMULA -> c.getRawValue();
            default -> c.getText();
        };
        return Text.nfcOrNull(text);
    }

    @Override
    public CatalogFileException error(String field, String problemKey, Object... args) {
        return new CatalogFileException(file, new CatalogFileException.Cell(sheet, row.getRowNum(),
                headers.getOrDefault(field, field)), problemKey, args);
    }
}
