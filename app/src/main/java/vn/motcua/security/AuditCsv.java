package vn.motcua.security;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.calendar.WorkCalendar;

/**
 * The audit export's lines: UTF-8 with a byte-order mark (Excel shows the accents), CRLF line
 * ends, RFC 4180 quoting; times in Vietnam time; details as stored (ID numbers masked).
 */
final class AuditCsv {
    static final List<String> HEADER = List.of("STT", "Thời gian", "Người dùng", "Hành động", "Loại đối tượng", "Mã đối tượng",
            "Đối tượng", "Chi tiết");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    static void header(Writer w) throws IOException {
        w.write('\uFEFF');
        fields(w, HEADER);
    }

    static void line(Writer w, AuditLine l) throws IOException {
        fields(w, List.of(Long.toString(l.seq()), LOCAL.format(WorkCalendar.toLocal(l.at())), text(l.user()), l.action(),
                text(l.subjectType()), text(l.subjectId()), text(l.subjectLabel()), text(l.detail())));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void fields(Writer w, List<String> fields) throws IOException {
        vn.motcua.common.CsvLine.write(w, fields);
    }
}
