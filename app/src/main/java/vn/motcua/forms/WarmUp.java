package vn.motcua.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A receipt touching every drawing path, rendered once in the background at start-up and thrown away. */
final class WarmUp {
    private WarmUp() {
    }

    static ReceiptData receipt() {
        LocalDateTime now = LocalDateTime.of(2026, 1, 5, 8, 0);
        return new ReceiptData(new DocumentHeader("UBND XÃ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Xã", LocalDate.of(2026, 1, 5)),
                "000-260105-0001", "https://example.invalid/?ma=000-260105-0001", "Tra cứu", "Nguyễn Văn A", "001000000000",
                "Địa chỉ", "0900000000", "a@example.invalid", "Thủ tục", "Chủ hồ sơ",
                List.of(new ComponentRow("Tờ khai", 1, 1, 1, "Ghi chú")), 1, "01 ngày làm việc", now, now.plusDays(1),
                "Trực tiếp", List.of(new FeeRow("Lệ phí", 10_000)), "Chuyển khoản", "000201010212", "01", "1", "Cán bộ");
    }
}
