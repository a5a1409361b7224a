package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.common.Text;

/** Folded type-ahead over the starter and over a seeded 2,000-procedure catalogue. */
class ProcedureIndexTest {
    private static final String[] SYLLABLES = {"Đăng", "ký", "khai", "sinh", "Chứng", "thực", "bản", "sao", "hợp", "đồng",
        "giao", "dịch", "thường", "trú", "tạm", "Cấp", "giấy", "xác", "nhận", "tình", "trạng", "hôn", "nhân", "đất", "đai",
        "Thay", "đổi", "cải", "chính", "hộ", "tịch", "Trợ", "cấp", "xã", "hội", "người", "cao", "tuổi", "nuôi", "con"};
    private static final String[] FIELDS = {"Hộ tịch", "Chứng thực", "Cư trú", "Đất đai", "Bảo trợ xã hội"};

    private final ProcedureIndex starter = ProcedureIndex.of(CatalogService.shippedOnly().current().procedures());

    @Test
    void foldedWordsFindVietnameseNames() {
        // names starting with it first, then a procedure of the field "Chứng thực" whose name lacks it
        assertThat(starter.search("chung thuc", 10)).extracting(Procedure::code)
                .containsExactly("2.000815", "2.000884", "2.001035", "2.000908");
        assertThat(starter.search("CHỨNG THỰC", 10)).isEqualTo(starter.search("chung thuc", 10));
        assertThat(starter.search("dang ky khai sinh", 10)).extracting(Procedure::code).startsWith("1.001193");
        assertThat(starter.search("tam tru", 10)).extracting(Procedure::code).containsExactly("1.004194");
        assertThat(starter.search("đăng ký", 3)).hasSize(3);
    }

    @Test
    void aCodePrefixFindsItsProcedures() {
        assertThat(starter.search("2.0008", 10)).extracting(Procedure::code).containsExactly("2.000815", "2.000884");
        assertThat(starter.search("1.004222", 10)).extracting(Procedure::code).startsWith("1.004222");
    }

    @Test
    void aNameStartingWithTheQueryComesBeforeOneContainingIt() {
        List<Procedure> found = starter.search("khai sinh", 10);
        // "Liên thông … đăng ký khai sinh …" and "Đăng ký khai sinh" both contain it; neither starts with it,
        // but the word order puts the plain procedure first (catalogue order within a rank)
        assertThat(found).extracting(Procedure::code).containsExactly("1.001193", "2.000986");
        assertThat(starter.search("tach ho", 5)).extracting(Procedure::code).containsExactly("1.010038");
    }

    @Test
    void aBlankQueryListsTheCatalogueAndNothingMatchesNothing() {
        assertThat(starter.search("  ", 4)).hasSize(4);
        assertThat(starter.search("xyzzy", 10)).isEmpty();
        assertThat(starter.search("chung", 0)).isEmpty();
    }

    @Test
    void overTwoThousandGeneratedProceduresEveryHitMatchesAndNoneIsMissed() {
        List<Procedure> catalog = generated(2_000, 20250701L);
        ProcedureIndex index = ProcedureIndex.of(catalog);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300; i++) {
            Procedure target = catalog.get(random.nextInt(catalog.size()));
            String[] words = target.name().split(" ");
            int from = random.nextInt(words.length);
            String query = String.join(" ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + 2)));
            String typed = random.nextBoolean() ? Text.fold(query) : query; // with or without marks
            List<Procedure> all = index.search(typed, Integer.MAX_VALUE);
            List<Procedure> expected = catalog.stream().filter(p -> matches(p, Text.fold(typed))).toList();
            assertThat(all).as("query %s", typed).containsExactlyInAnyOrderElementsOf(expected).contains(target);
            assertThat(index.search(typed, 12)).isEqualTo(all.subList(0, Math.min(12, all.size())));
        }
    }

    @Test
    void searchingTwoThousandProceduresTakesFarLessThanAFrame() {
        ProcedureIndex index = ProcedureIndex.of(generated(2_000, 99L));
        String[] queries = {"chung thuc ban sao", "dang", "ho tich", "1.0", "xa hoi nguoi", "khong co gi"};
        for (int i = 0; i < 200; i++) { // warm up
            index.search(queries[i % queries.length], 20);
        }
        long start = System.nanoTime();
        int runs = 600;
        for (int i = 0; i < runs; i++) {
            index.search(queries[i % queries.length], 20);
        }
        double averageMs = (System.nanoTime() - start) / 1e6 / runs;
        assertThat(averageMs).as("average ms per search").isLessThan(16.0);
    }

    /** The reference rule: the query is in the folded code or name, or each of its words is in name, field or code. */
    private static boolean matches(Procedure p, String q) {
        String name = Text.fold(p.name());
        String hay = name + " " + Text.fold(p.field()) + " " + Text.fold(p.code());
        if (Text.fold(p.code()).startsWith(q) || name.contains(q)) {
            return true;
        }
        for (String w : q.split(" ")) {
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static List<Procedure> generated(int count, long seed) {
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
