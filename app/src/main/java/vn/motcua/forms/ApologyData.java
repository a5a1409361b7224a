package vn.motcua.forms;

import java.time.LocalDateTime;

/**
 * What form 04 (Văn bản xin lỗi và hẹn lại ngày trả kết quả) prints: the letter the office sends
 * before a dossier's due time when its result will be late, with the new due time. Times are
 * Vietnam local time.
 *
 * @param letterNumber  the number and symbol of the letter, printed as "Số: …" (e.g. "15/TB-UBND")
 * @param addressee     who it is addressed to, printed after "Kính gửi:" (e.g. "Ông Nguyễn Văn An")
 * @param originalDue   the due time printed on the receipt
 * @param handlingUnit  the unit processing the dossier (đơn vị giải quyết)
 * @param reason        why the result is late
 * @param newDue        the new appointment, printed prominently
 * @param signerTitle   authority and title of the head signing, lines separated by " / " or a line
 *                      break (e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
 */
public record ApologyData(DocumentHeader header, String letterNumber, String addressee, LocalDateTime receivedAt,
        String procedureName, String dossierCode, LocalDateTime originalDue, String handlingUnit, String reason,
        LocalDateTime newDue, String signerTitle, String signerName) {
}
