package vn.motcua.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What form 05 (Thông báo dừng giải quyết hồ sơ) prints: which dossier stops being processed,
 * from which day and why. Times are Vietnam local time.
 *
 * @param withdrawnByCitizen {@code true} when the citizen asked to withdraw or stop the dossier
 *                           (status 7), {@code false} when the office stopped it (status 8)
 * @param signerTitle        authority and title of the signer, lines separated by " / " or a line break
 */
public record StopNoticeData(DocumentHeader header, String dossierCode, String applicantName, String procedureName,
        LocalDateTime receivedAt, String reason, LocalDate stoppedOn, boolean withdrawnByCitizen, String signerTitle,
        String signerName) {
}
