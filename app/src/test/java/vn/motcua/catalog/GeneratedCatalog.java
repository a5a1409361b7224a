package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.motcua.calendar.TimeBudget;

/** A seeded catalogue of made-up procedures with Vietnamese-looking names, for type-ahead tests and benchmarks. */
public final class GeneratedCatalog {
    private static final String[] SYLLABLES = {"Đăng", "ký", "khai", "sinh", "Chứng", "thực", "bản", "sao", "hợp", "đồng",
        "giao", "dịch", "thường", "trú", "tạm", "Cấp", "giấy", "xác", "nhận", "tình", "trạng", "hôn", "nhân", "đất", "đai",
        "Thay", "đổi", "cải", "chính", "hộ", "tịch", "Trợ", "cấp", "xã", "hội", "người", "cao", "tuổi", "nuôi", "con"};
    private static final String[] FIELDS = {"Hộ tịch", "Chứng thực", "Cư trú", "Đất đai", "Bảo trợ xã hội"};

    private GeneratedCatalog() {
    }

    public static List<Procedure> procedures(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Procedure> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int words = 3 + random.nextInt(8);
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < words; w++) {
                name.append(w == 0 ? "" : " ").append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String code = (1 + random.nextInt(2)) + "." + String.format("%06d", i);
            out.add(new Procedure(code, name.toString(), FIELDS[random.nextInt(FIELDS.length)],
                    TimeRule.of(TimeBudget.workingDays(1 + random.nextInt(10))), FeeRule.free(null),
                    List.of(new RequiredComponent("TK", "Tờ khai", 1, 0, 0, ComponentSource.COLLECT_PAPER, true))));
        }
        return out;
    }
}
