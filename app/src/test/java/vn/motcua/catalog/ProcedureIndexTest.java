package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.motcua.common.Text;

/** Folded type-ahead over the starter and over a seeded 2,000-procedure catalogue. */
class ProcedureIndexTest {

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
        List<Procedure> catalog = GeneratedCatalog.procedures(2_000, 20250701L);
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
}
