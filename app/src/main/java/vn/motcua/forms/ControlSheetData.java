package vn.motcua.forms;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What form 06 (Phiếu kiểm soát quá trình giải quyết hồ sơ) prints: the dossier's head lines and
 * one row per hand-over, in order. Times are Vietnam local time.
 *
 * @param coHandlingUnits the co-handling units (cơ quan phối hợp), {@code null} or blank when none
 */
public record ControlSheetData(DocumentHeader header, String dossierCode, String ownerName, String procedureName,
        LocalDateTime receivedAt, LocalDateTime dueAt, String handlingUnit, String coHandlingUnits,
        List<ControlSheetRow> rows) {
}
