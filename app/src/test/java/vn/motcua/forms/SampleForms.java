package vn.motcua.forms;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Realistic data for the three forms, for tests and for looking at the PDFs. */
final class SampleForms {
    static final String CODE = "000.00.06.H56-261123-0007";
    static final String LOOKUP_URL = "https://dichvucong.angiang.gov.vn/tra-cuu-ho-so?ma=" + CODE;

    private SampleForms() {
    }

    static DocumentHeader header() {
        return new DocumentHeader("UBND XÃ AN BÌNH", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Xã An Bình",
                LocalDate.of(2026, 11, 23));
    }

    static List<ComponentRow> birthComponents() {
        return List.of(
                new ComponentRow("Tờ khai đăng ký khai sinh (theo mẫu)", 1, 0, 0, null),
                new ComponentRow("Giấy chứng sinh do cơ sở y tế cấp", 1, 0, 0, null),
                new ComponentRow("Giấy tờ tùy thân của người đi đăng ký khai sinh", 0, 0, 0, "Chỉ xuất trình"),
                new ComponentRow("Giấy chứng nhận kết hôn của cha, mẹ", 0, 1, 0, "Tra cứu CSDL quốc gia"));
    }

    static ReceiptData receipt() {
        return new ReceiptData(header(), CODE, LOOKUP_URL,
                "Tra cứu tình trạng hồ sơ tại dichvucong.angiang.gov.vn hoặc quét mã QR bên cạnh.",
                "Nguyễn Thị Ánh Hồng", "089186001234", "Số 12, ấp Phú Hữu, xã An Bình, tỉnh An Giang",
                "0912 345 678", "anhhong@example.vn", "Đăng ký khai sinh", "Trần Gia Khánh",
                birthComponents(), 1, "03 ngày làm việc",
                LocalDateTime.of(2026, 11, 23, 9, 5), LocalDateTime.of(2026, 11, 26, 14, 0),
                "Trung tâm Phục vụ hành chính công xã An Bình (trực tiếp)",
                List.of(new FeeRow("Lệ phí cấp bản sao Trích lục khai sinh (02 bản)", 16_000),
                        new FeeRow("Phí dịch vụ bưu chính trả kết quả", 1_234_567)),
                "Chuyển khoản", vietQr("970436", "0123456789", 1_250_567, CODE),
                "03/2026", "0457", "Lê Văn Tâm");
    }

    /** The same receipt with {@code n} components (to make it flow onto more pages). */
    static ReceiptData receiptWithComponents(List<ComponentRow> components) {
        ReceiptData d = receipt();
        return new ReceiptData(d.header(), d.dossierCode(), d.qrText(), d.lookupHint(), d.applicantName(), d.idNumber(),
                d.address(), d.phone(), d.email(), d.procedureName(), d.ownerName(), components, d.sets(), d.legalTime(),
                d.receivedAt(), d.dueAt(), d.returnMethod(), d.fees(), d.feeCollection(), d.paymentQrText(),
                d.registerBook(), d.registerLine(), d.receivingOfficer());
    }

    static ReceiptData receiptPaidInCash(String applicantName) {
        ReceiptData d = receipt();
        return new ReceiptData(d.header(), d.dossierCode(), d.qrText(), d.lookupHint(), applicantName, d.idNumber(),
                d.address(), null, null, d.procedureName(), null, d.components(), d.sets(), d.legalTime(),
                d.receivedAt(), d.dueAt(), d.returnMethod(), d.fees(), "Tiền mặt", null,
                d.registerBook(), d.registerLine(), d.receivingOfficer());
    }

    static List<ComponentRow> manyComponents(int n) {
        List<ComponentRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(new ComponentRow("Giấy tờ số " + i + " về quyền sử dụng đất của hộ gia đình", i % 2, 1, 0,
                    i % 3 == 0 ? "Chỉ xuất trình" : null));
        }
        return rows;
    }

    static SupplementRequestData supplement() {
        return new SupplementRequestData(header(), CODE, "Phạm Thị Ngọc Diễm", "Chứng thực chữ ký trong giấy tờ, văn bản",
                List.of(new ComponentRow("Giấy ủy quyền", 1, 0, 0, "Ghi rõ phạm vi ủy quyền và thời hạn ủy quyền"),
                        new ComponentRow("Căn cước của người ủy quyền", 0, 1, 0, "Bản sao bị mờ, nộp bản rõ nét")),
                "Giấy ủy quyền chưa ghi phạm vi ủy quyền; bản sao căn cước không đọc được số định danh.",
                "Trang thông tin điện tử xã An Bình và Cổng Dịch vụ công quốc gia",
                "Võ Thanh Tùng", "0296 3850 123", "Võ Thanh Tùng");
    }

    static RefusalData refusal() {
        return new RefusalData(header(), CODE, "Đặng Quốc Bảo", "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
                "Thủ tục thuộc thẩm quyền của Văn phòng đăng ký đất đai tỉnh, không thuộc thẩm quyền giải quyết của "
                        + "Ủy ban nhân dân xã.",
                "Chi nhánh Văn phòng đăng ký đất đai khu vực An Bình, điện thoại 0296 3850 456",
                "Huỳnh Kim Thoa");
    }

    /** A VietQR text (reference §12) with its CRC, as the fees module will build it. */
    static String vietQr(String bin, String account, long amount, String purpose) {
        String beneficiary = tlv("00", bin) + tlv("01", account);
        String merchant = tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", "QRIBFTTA");
        String body = tlv("00", "01") + tlv("01", "12") + tlv("38", merchant) + tlv("53", "704")
                + tlv("54", Long.toString(amount)) + tlv("58", "VN") + tlv("62", tlv("08", purpose)) + "6304";
        return body + String.format("%04X", crc16(body.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String tlv(String tag, String value) {
        return tag + String.format("%02d", value.length()) + value;
    }

    private static int crc16(byte[] bytes) {
        int crc = 0xFFFF;
        for (byte b : bytes) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return crc;
    }
}
