package vn.motcua.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/**
 * The spreadsheet template provinces fill in: sheet {@value #PROCEDURES}, one row per procedure,
 * and sheet {@value #COMPONENTS}, one row per required component, linked by the procedure code.
 * Row 1 of each sheet holds the Vietnamese column headers (any order, matched without marks).
 */
final class CatalogXlsx {
    static final String PROCEDURES = "ThuTuc";
    static final String COMPONENTS = "ThanhPhan";

    /** Procedure columns: header → logical field. The first five are required. */
    static final Map<String, String> PROCEDURE_COLUMNS = ordered(
            "Mã thủ tục", "code", "Tên thủ tục", "name", "Lĩnh vực", "field", "Cách tính thời hạn", "time.kind",
            "Loại phí", "fee.kind", "Số ngày/giờ", "time.amount", "Giờ chốt", "time.cutoff",
            "Thời hạn ghi trên phiếu", "time.text", "Mã phí", "fee.code", "Tên phí", "fee.name", "Mức thu", "fee.amount",
            "Mức thu trực tuyến", "fee.onlineAmount", "Bậc trang", "fee.bands", "Tối đa mỗi bản", "fee.capPerCopy",
            "Ghi chú phí", "fee.note");
    /** Component columns: header → logical field. The first three are required. */
    static final Map<String, String> COMPONENT_COLUMNS = ordered(
            "Mã thủ tục", "procedure", "Mã thành phần", "code", "Tên thành phần", "name", "Bản chính", "originals",
            "Bản sao chứng thực", "certifiedCopies", "Bản photo", "photocopies", "Cách nộp", "source", "Bắt buộc", "mandatory");

    private CatalogXlsx() {
    }

    static ParsedCatalog read(byte[] bytes, String file) {
        List<XlsxRecord> procedureRows;
        List<XlsxRecord> componentRows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            procedureRows = rows(workbook, file, PROCEDURES, PROCEDURE_COLUMNS, 5);
            componentRows = rows(workbook, file, COMPONENTS, COMPONENT_COLUMNS, 3);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException ufe) {
                throw ufe;
            }
            throw new UserFacingException(e, "catalog.xlsxBroken", file);
        }
        Map<String, Integer> procedureRow = new LinkedHashMap<>();
        for (XlsxRecord r : procedureRows) {
            String code = CatalogReader.required(r, "code");
            Integer earlier = procedureRow.putIfAbsent(code, r.rowNumber());
            if (earlier != null) {
                throw r.error("code", "catalog.problem.duplicateProcedureRow", code, String.valueOf(earlier));
            }
        }
        Map<String, List<RequiredComponent>> components = new HashMap<>();
        for (XlsxRecord r : componentRows) {
            String procedure = CatalogReader.required(r, "procedure");
            if (!procedureRow.containsKey(procedure)) {
                throw r.error("procedure", "catalog.problem.unknownProcedure", procedure, PROCEDURES);
            }
            RequiredComponent c = CatalogReader.component(r);
            List<RequiredComponent> list = components.computeIfAbsent(procedure, k -> new ArrayList<>());
            if (list.stream().anyMatch(known -> known.code().equals(c.code()))) {
                throw r.error("code", "catalog.problem.duplicateComponent", c.code());
            }
            list.add(c);
        }
        List<Procedure> procedures = new ArrayList<>();
        for (XlsxRecord r : procedureRows) {
            procedures.add(CatalogReader.procedure(r, components.getOrDefault(r.text("code"), List.of())));
        }
        if (procedures.isEmpty()) {
            throw new UserFacingException("catalog.noProcedures", file);
        }
        return new ParsedCatalog(null, null, null, procedures);
    }

    private static List<XlsxRecord> rows(ReadableWorkbook workbook, String file, String sheetName,
            Map<String, String> columns, int required) throws IOException {
        Sheet sheet = workbook.getSheets().filter(s -> Text.fold(s.getName()).equals(Text.fold(sheetName))).findFirst()
                .orElseThrow(() -> new UserFacingException("catalog.sheetMissing", file, sheetName));
        List<Row> rows = sheet.read();
        Map<String, Integer> fieldColumn = new HashMap<>();
        Map<String, String> fieldHeader = new HashMap<>();
        if (!rows.isEmpty()) {
            Row header = rows.get(0);
            for (int c = 0; c < header.getCellCount(); c++) {
                String text = XlsxRecord.cellText(header, c);
                for (Map.Entry<String, String> e : columns.entrySet()) {
                    if (text != null && Text.fold(text).equals(Text.fold(e.getKey()))) {
                        fieldColumn.putIfAbsent(e.getValue(), c);
                        fieldHeader.put(e.getValue(), e.getKey());
                    }
                }
            }
        }
        int i = 0;
        for (Map.Entry<String, String> e : columns.entrySet()) {
            if (i++ < required && !fieldColumn.containsKey(e.getValue())) {
                throw new UserFacingException("catalog.columnMissing", file, sheetName, e.getKey());
            }
        }
        List<XlsxRecord> records = new ArrayList<>();
        for (Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            boolean empty = true;
            for (int c = 0; c < row.getCellCount() && empty; c++) {
                empty = XlsxRecord.cellText(row, c) == null;
            }
            if (!empty) {
                records.add(new XlsxRecord(file, sheetName, row, fieldColumn, fieldHeader));
            }
        }
        return records;
    }

    private static Map<String, String> ordered(String... headerAndField) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < headerAndField.length; i += 2) {
            map.put(headerAndField[i], headerAndField[i + 1]);
        }
        return map;
    }
}
