package vn.motcua.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The periodic report as one XLSX sheet: title, period, headers, then one row per line; numbers as numbers. */
final class PeriodicXlsx {
    static final String SHEET = "BaoCao";
    /** The header row (0-based); lines follow it. */
    static final int HEADER_ROW = 3;

    private PeriodicXlsx() {
    }

    static void write(PeriodicTable t, String caption, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "MotCua Desk", "1.0");
            Worksheet ws = wb.newWorksheet(SHEET);
            ws.value(0, 0, "BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            ws.style(0, 0).bold().set();
            ws.value(1, 0, caption);
            ws.value(HEADER_ROW, 0, "STT");
            for (int c = 0; c < PeriodicTable.HEADERS.size(); c++) {
                ws.value(HEADER_ROW, c + 1, PeriodicTable.HEADERS.get(c));
                ws.style(HEADER_ROW, c + 1).bold().wrapText(true).set();
            }
            ws.width(1, 50);
            int r = HEADER_ROW + 1;
            for (PeriodicTable.Line l : t.lines()) {
                ws.value(r, 0, l.number());
                ws.value(r, 1, l.label());
                int c = 2;
                for (Figure f : PeriodicTable.COLUMNS) {
                    ws.value(r, c++, l.figures().get(f));
                }
                Double rate = l.figures().onTimeRate();
                if (rate != null) {
                    ws.value(r, c, rate);
                    ws.style(r, c).format("0.00%").set();
                }
                if (l.level() != PeriodicTable.Level.PROCEDURE) {
                    ws.style(r, 1).bold().set();
                }
                r++;
            }
            ws.value(r + 1, 0, PeriodicTable.NOTE);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
