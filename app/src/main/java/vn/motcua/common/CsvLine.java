package vn.motcua.common;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One CSV line as RFC 4180 writes it, for every export of the office (reports, the audit trail). */
public final class CsvLine {
    private CsvLine() {
    }

    /** A field with a comma, quote or line break is quoted, its quotes doubled; the line ends with CRLF. */
    public static void write(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write("\r\n");
    }
}
