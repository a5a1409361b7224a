package vn.motcua.forms;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything form 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) prints: the fields of row 01
 * of the domain reference §2. Plain data: the receipt is re-rendered from stored data at any
 * time. Times are Vietnam local time.
 *
 * @param qrText         what the tracking QR code carries (the lookup URL with the dossier code)
 * @param lookupHint     a sentence telling the citizen where to look the dossier up
 * @param ownerName      the dossier owner when not the applicant; {@code null} otherwise
 * @param phone          {@code null} when not given
 * @param email          {@code null} when not given
 * @param legalTime      the legal processing time as worded, e.g. "03 ngày làm việc"
 * @param feeCollection  how fees are collected, e.g. "Tiền mặt" or "Chuyển khoản"
 * @param paymentQrText  a VietQR text printed when the fee is paid by transfer; {@code null} otherwise
 * @param registerBook   the register book (quyển số) the dossier is entered in
 * @param registerLine   its line (số thứ tự) in that book
 */
public record ReceiptData(DocumentHeader header, String dossierCode, String qrText, String lookupHint,
        String applicantName, String idNumber, String address, String phone, String email,
        String procedureName, String ownerName, List<ComponentRow> components, int sets,
        String legalTime, LocalDateTime receivedAt, LocalDateTime dueAt, String returnMethod,
        List<FeeRow> fees, String feeCollection, String paymentQrText,
        String registerBook, String registerLine, String receivingOfficer) {
}
