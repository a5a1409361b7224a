package vn.motcua.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.GeneratedCatalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureIndex;

/**
 * Procedure type-ahead (issue 5, "Speed"): a folded search over a 2,000-procedure catalogue
 * must answer within one frame (≤ 16 ms). Baseline in the same run: a plain case-insensitive
 * {@code contains} over the 2,000 names (no folding, so "chung thuc" would not even match).
 */
class TypeAheadBench {
    private static final String[] QUERIES = {"chung thuc ban sao", "dang", "ho tich", "1.0", "xa hoi nguoi", "khong co gi", "c"};
    private static final int ROUNDS = 2_000;
    private long sink;

    @Test
    void foldedSearchOverTwoThousandProcedures() {
        List<Procedure> catalog = GeneratedCatalog.procedures(2_000, 20261123L);
        ProcedureIndex index = ProcedureIndex.of(catalog);
        List<String> names = catalog.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < 3_000; i++) {
            sink += index.search(QUERIES[i % QUERIES.length], 20).size();
            sink += plain(names, QUERIES[i % QUERIES.length]);
        }
        List<Double> search = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String q = QUERIES[i % QUERIES.length];
            long t0 = System.nanoTime();
            sink += index.search(q, 20).size();
            search.add((System.nanoTime() - t0) / 1e3);
            t0 = System.nanoTime();
            sink += plain(names, q);
            baseline.add((System.nanoTime() - t0) / 1e3);
        }
        long t0 = System.nanoTime();
        ProcedureIndex.of(catalog);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        BenchKit.table("TypeAheadBench: 2,000 procedures, limit 20", List.of(
                List.of("measure", "median µs", "max µs", "baseline median µs", "ratio", "target"),
                List.of("folded search", f(BenchKit.median(search)), f(BenchKit.max(search)), f(BenchKit.median(baseline)),
                        BenchKit.ratio(BenchKit.median(search), BenchKit.median(baseline)), "<= 16000 µs (one frame)"),
                List.of("build the index", f(buildMs * 1000), "-", "-", "-", "(once per catalogue version)")));
        BenchKit.say("checksum " + sink);
    }

    private static int plain(List<String> names, String q) {
        int hits = 0;
        for (String n : names) {
            if (n.contains(q)) {
                hits++;
            }
        }
        return hits;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
