package vn.motcua.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.motcua.calendar.BudgetKind;

/** Writes catalogue spreadsheets in the import template with the fastexcel writer, as a province would. */
final class CatalogSheets {
    /** Rows of text cells, the header first, for one sheet. */
    record SheetRows(String name, List<List<Object>> rows) {
    }

    private CatalogSheets() {
    }

    static List<List<Object>> procedureRows(List<Procedure> procedures) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(CatalogXlsx.PROCEDURE_COLUMNS.keySet()));
        for (Procedure p : procedures) {
            TimeRule t = p.time();
            FeeRule f = p.fee();
            String cutoff = t.budget().kind() == BudgetKind.SAME_DAY ? t.budget().cutoff().toString()
                    : t.startsNextDayAfter() == null ? "" : t.startsNextDayAfter().toString();
            List<Object> row = new ArrayList<>(List.of(p.code(), p.name(), p.field(), Choice.code(t.budget().kind()),
                    Choice.code(f.kind()), t.budget().amount() == 0 ? "" : (Object) t.budget().amount(), cutoff,
                    t.legalTimeText(), f.code(), f.name()));
            boolean priced = f.kind() == FeeKind.PER_CASE || f.kind() == FeeKind.PER_COPY;
            row.add(priced ? (Object) f.amount() : "");
            row.add(priced ? (Object) f.onlineAmount() : "");
            row.add(f.bands().stream().map(b -> b.fromPage() + ":" + b.perPage()).collect(Collectors.joining("; ")));
            row.add(f.kind() == FeeKind.PER_PAGE ? (Object) f.capPerCopy() : "");
            row.add(f.note() == null ? "" : f.note());
            rows.add(row);
        }
        return rows;
    }

    static List<List<Object>> componentRows(List<Procedure> procedures) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(CatalogXlsx.COMPONENT_COLUMNS.keySet()));
        for (Procedure p : procedures) {
            for (RequiredComponent c : p.components()) {
                rows.add(new ArrayList<>(List.of(p.code(), c.code(), c.name(), c.originals(), c.certifiedCopies(),
                        c.photocopies(), vietnameseSource(c.source()), c.mandatory() ? "có" : "không")));
            }
        }
        return rows;
    }

    /** The spreadsheet uses the Vietnamese words a province would type. */
    private static String vietnameseSource(ComponentSource s) {
        return switch (s) {
            case COLLECT_PAPER -> "Nộp giấy";
            case LOOK_UP -> "Tra cứu CSDL quốc gia";
            case SHOW_ONLY -> "Chỉ xuất trình";
        };
    }

    static Path writeSheets(Path file, List<SheetRows> sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "MotCuaTest", "1.0");
            for (SheetRows sheet : sheets) {
                Worksheet ws = wb.newWorksheet(sheet.name());
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v != null && !v.toString().isEmpty()) {
                            ws.value(r, c, v.toString());
                        }
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    static Path write(Path file, List<Procedure> procedures) throws IOException {
        return writeSheets(file, List.of(new SheetRows(CatalogXlsx.PROCEDURES, procedureRows(procedures)),
                new SheetRows(CatalogXlsx.COMPONENTS, componentRows(procedures))));
    }
}
