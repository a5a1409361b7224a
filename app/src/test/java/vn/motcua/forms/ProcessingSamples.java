package vn.motcua.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.motcua.calendar.Verdict;

/** Realistic data for forms 04 to 07 (processing), for tests and for looking at the PDFs. */
final class ProcessingSamples {
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 23, 9, 5);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 26, 14, 0);

    private ProcessingSamples() {
    }

    static DocumentHeader header() {
        return SampleForms.header();
    }

    static ApologyData apology() {
        return new ApologyData(header(), "15/TB-UBND", "Bà Nguyễn Thị Ánh Hồng", RECEIVED, "Đăng ký khai sinh",
                SampleForms.CODE, DUE, "Công chức Tư pháp - Hộ tịch",
                "Cần xác minh thông tin nơi sinh với cơ sở y tế huyện Châu Phú, chưa nhận được văn bản trả lời.",
                LocalDateTime.of(2026, 12, 3, 10, 30), "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Trương Minh Quân");
    }

    static StopNoticeData stop(boolean withdrawn) {
        return new StopNoticeData(header(), SampleForms.CODE, "Lâm Thị Tuyết Nhung",
                "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", RECEIVED,
                withdrawn ? "Các bên đã thỏa thuận hủy bỏ giao dịch, không còn nhu cầu chứng thực."
                        : "Tài sản đang bị Tòa án nhân dân khu vực 5 áp dụng biện pháp khẩn cấp tạm thời.",
                LocalDate.of(2026, 11, 25), withdrawn, "CHỦ TỊCH", "Nguyễn Hữu Lộc");
    }

    static ControlSheetData controlSheet(List<ControlSheetRow> rows) {
        return new ControlSheetData(header(), SampleForms.CODE, "Trần Gia Khánh", "Đăng ký khai sinh", RECEIVED, DUE,
                "Công chức Tư pháp - Hộ tịch", "Trạm Y tế xã An Bình", rows);
    }

    static List<ControlSheetRow> handOvers() {
        return List.of(
                new ControlSheetRow("Bộ phận tiếp nhận và trả kết quả", "Công chức Tư pháp - Hộ tịch",
                        RECEIVED.plusMinutes(40), LocalDateTime.of(2026, 11, 25, 17, 0), Verdict.EARLY, null),
                new ControlSheetRow("Công chức Tư pháp - Hộ tịch", "Phó Chủ tịch UBND xã",
                        LocalDateTime.of(2026, 11, 24, 15, 10), LocalDateTime.of(2026, 11, 25, 17, 0), Verdict.ON_TIME,
                        "Trình ký trích lục"),
                new ControlSheetRow("Phó Chủ tịch UBND xã", "Văn thư", LocalDateTime.of(2026, 11, 26, 8, 20),
                        LocalDateTime.of(2026, 11, 26, 10, 0), Verdict.LATE, "Đóng dấu, vào sổ"),
                new ControlSheetRow("Văn thư", "Bộ phận tiếp nhận và trả kết quả", LocalDateTime.of(2026, 11, 26, 10, 45),
                        DUE, null, null));
    }

    /** {@code n} hand-overs cycling the verdicts (and one open step at the end). */
    static List<ControlSheetRow> manyHandOvers(int n) {
        List<ControlSheetRow> rows = new ArrayList<>();
        Verdict[] verdicts = Verdict.values();
        for (int i = 1; i <= n; i++) {
            rows.add(new ControlSheetRow("Đơn vị giao số " + i, "Đơn vị nhận số " + i, RECEIVED.plusDays(i / 3).plusHours(i % 3),
                    RECEIVED.plusDays(i / 3 + 1), i == n ? null : verdicts[i % 3], "Ghi chú bước " + i));
        }
        return rows;
    }

    static RegisterData register(int n) {
        return new RegisterData(header(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), registerRows(n, 7));
    }

    private static final String[] PROCEDURES = {"Đăng ký khai sinh", "Chứng thực bản sao từ bản chính",
            "Đăng ký kết hôn", "Cấp bản sao trích lục hộ tịch", "Đăng ký thường trú",
            "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở"};
    private static final String[] NAMES = {"Nguyễn Thị Ánh Hồng", "Trần Văn Đức", "Lê Thị Thu Hương", "Phạm Quốc Việt",
            "Huỳnh Ngọc Yến", "Đặng Quốc Bảo", "Võ Thị Mỹ Duyên"};
    private static final String[] UNITS = {"Công chức Tư pháp - Hộ tịch", "Công chức Địa chính - Xây dựng",
            "Công chức Văn hóa - Xã hội", "Công an xã"};

    /** A year's register lines, varied by a seeded generator; some still open (null dates). */
    static List<RegisterRow> registerRows(int n, long seed) {
        Random random = new Random(seed);
        List<RegisterRow> rows = new ArrayList<>(n);
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 7, 30);
        for (int i = 1; i <= n; i++) {
            // about eight dossiers a day, within office hours
            LocalDateTime received = start.plusDays(i / 8).plusMinutes(random.nextInt(9 * 60));
            int stage = random.nextInt(5);
            String code = String.format("000.00.06.H56-%02d%02d%02d-%04d", received.getYear() % 100,
                    received.getMonthValue(), received.getDayOfMonth(), i % 10_000);
            rows.add(new RegisterRow(i, code, PROCEDURES[random.nextInt(PROCEDURES.length)], 1 + random.nextInt(2),
                    NAMES[random.nextInt(NAMES.length)],
                    "Ấp Phú Hữu, xã An Bình; 09" + String.format("%08d", random.nextInt(100_000_000)),
                    UNITS[random.nextInt(UNITS.length)], received, received.plusDays(3),
                    stage >= 1 ? received.plusHours(2) : null, stage >= 2 ? received.plusDays(2) : null,
                    stage >= 3 ? received.plusDays(3) : null, stage == 4 ? "Trả qua bưu điện" : null));
        }
        return rows;
    }
}
