package vn.motcua.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import vn.motcua.calendar.WorkCalendar;

/**
 * The raw rows behind the periodic report: one CSV line per dossier of the period (carried over
 * first, then the new ones, each in receipt order) with where it came from and its outcome
 * ({@link Outcome#jsonName()}, the JSON's figure names). UTF-8 with a byte-order mark so that
 * Excel shows the accents, CRLF line ends, RFC 4180 quoting. Streamed from the database.
 */
final class PeriodicCsv {
    static final List<String> HEADER = List.of("Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Kênh", "Đơn vị xử lý",
            "Người tiếp nhận", "Tiếp nhận lúc", "Hạn trả", "Kết thúc lúc", "Nguồn", "Phân loại");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PeriodicCsv() {
    }

    static void write(Session s, Period period, Instant asOf, OutputStream out) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            w.write('\uFEFF');
            line(w, HEADER);
            if (asOf.isAfter(period.start())) {
                Map<String, Object> values = OnTimeSql.parameters(period, asOf);
                s.doWork(c -> {
                    for (OnTimeSql.Part part : OnTimeSql.PARTS) {
                        try (PreparedStatement p = NamedSql.prepare(c, OnTimeSql.rows(part, OnTimeSql.h2(c)), values)) {
                            p.setFetchSize(1000);
                            try (ResultSet rs = p.executeQuery()) {
                                while (rs.next()) {
                                    line(w, List.of(text(rs.getString(1)), text(rs.getString(2)), text(rs.getString(3)),
                                            text(rs.getString(4)), text(rs.getString(5)), text(rs.getString(6)), text(rs.getString(7)),
                                            time(rs.getObject(8, OffsetDateTime.class)), time(rs.getObject(9, OffsetDateTime.class)),
                                            time(rs.getObject(10, OffsetDateTime.class)), part.carried ? "carriedOver" : "new",
                                            Outcome.valueOf(rs.getString(11)).jsonName()));
                                }
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "" : LOCAL.format(WorkCalendar.toLocal(t.toInstant()));
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; lines end with CRLF. */
    static void line(Writer w, List<String> fields) throws IOException {
        vn.motcua.common.CsvLine.write(w, fields);
    }
}
