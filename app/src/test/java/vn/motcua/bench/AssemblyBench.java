package vn.motcua.bench;

import static vn.motcua.bench.BenchKit.median;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/**
 * Digitization speed and memory (issue 6, "Speed and memory"):
 * <ul>
 * <li>JPEG pass-through: a 200-page import of 300-dpi A4 JPEGs (about 1 MB each) through the
 * whole pipeline (quarantine copy, checks, PDF assembly, SHA-256, store with fsync, link), in
 * pages per second, against two baselines of the same run: a plain {@code Files.copy} of the
 * same files (page cache to page cache) and the same bytes written into one file forced to disk
 * (what a durable import cannot beat). Targets: ≥ 100 pages/s and within 2× of the copy.</li>
 * <li>Heap: a child JVM limited to {@code -Xmx256m} imports a 500-page stack; its peak used heap
 * (sampled every 5 ms) against the same child doing a plain copy of the 500 files.</li>
 * </ul>
 * Prints only; run with {@code ./mvnw -Pbench verify -Dit.test=AssemblyBench}.
 */
class AssemblyBench {
    private static final int PAGES = 200;
    private static final int STACK = 500;
    private static final int RUNS = 3;

    @Test
    void passThroughSpeedAndHeap() throws Exception {
        Path work = BenchKit.workDir("assembly");
        List<Path> distinct = ScanPages.jpegs(work.resolve("scans"), 25, 20261124L);
        List<Path> pages = ScanPages.cycle(distinct, PAGES);
        double megabytes = ScanPages.bytes(pages) / (1024.0 * 1024.0);
        BenchKit.say(String.format(Locale.ROOT, "%d pages, %.1f MB (%.2f MB a page)", PAGES, megabytes, megabytes / PAGES));

        List<Double> importMs = new ArrayList<>();
        List<Double> copyMs = new ArrayList<>();
        List<Double> durableMs = new ArrayList<>();
        try (AppContext context = TestOffice.initialized(work.resolve("data"))) {
            for (int run = 0; run < RUNS; run++) {
                copyMs.add(copy(pages, Files.createDirectories(work.resolve("copy-" + run))));
                durableMs.add(durableCopy(pages, work.resolve("durable-" + run + ".bin")));
                String code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
                List<Path> shifted = new ArrayList<>(pages.subList(run, PAGES));
                shifted.addAll(pages.subList(0, run)); // different order → different PDF, really stored each run
                long t0 = System.nanoTime();
                context.documents().importFiles(Actor.SYSTEM, code, "CT01", shifted);
                importMs.add((System.nanoTime() - t0) / 1e6);
            }
        }
        double imp = median(importMs);
        double cp = median(copyMs);
        double durable = median(durableMs);
        BenchKit.table("AssemblyBench: JPEG pass-through, " + PAGES + " A4 pages at 300 dpi, "
                + Runtime.getRuntime().availableProcessors() + " cores, median of " + RUNS, List.of(
                List.of("measure", "ms", "pages/s", "MB/s", "vs copy", "target"),
                List.of("import (quarantine, check, assemble, hash, store, link)", BenchKit.ms(imp), rate(PAGES, imp),
                        rate(megabytes, imp), BenchKit.ratio(imp, cp) + " / " + BenchKit.ratio(imp, durable),
                        ">= 100 pages/s, <= 2.00×"),
                List.of("baseline: Files.copy of the same files", BenchKit.ms(cp), rate(PAGES, cp), rate(megabytes, cp),
                        "1.00×", "-"),
                List.of("baseline: the same bytes copied into one file, forced to disk", BenchKit.ms(durable),
                        rate(PAGES, durable), rate(megabytes, durable), BenchKit.ratio(durable, cp), "-")));

        Path stackData = work.resolve("stack-data");
        TestOffice.initialized(stackData).close();
        List<Path> stack = ScanPages.cycle(distinct, STACK);
        Path list = work.resolve("stack.txt");
        Files.write(list, stack.stream().map(Path::toString).toList());
        long importPeak = peakHeap(work, "import", stackData, list);
        long copyPeak = peakHeap(work, "copy", stackData, list);
        BenchKit.table("AssemblyBench: heap while importing a " + STACK + "-page stack, child JVM -Xmx256m", List.of(
                List.of("measure", "peak used heap MB", "baseline MB", "target"),
                List.of("import " + STACK + " pages", BenchKit.mb(importPeak), BenchKit.mb(copyPeak), "< 256 MB"),
                List.of("baseline: Files.copy of the same files", BenchKit.mb(copyPeak), "-", "-")));
    }

    private static double copy(List<Path> pages, Path dir) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            Files.copy(pages.get(i), dir.resolve(i + ".jpg"));
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The physical limit of a durable import: the same bytes written once into one file and forced to disk. */
    private static double durableCopy(List<Path> pages, Path file) throws Exception {
        long t0 = System.nanoTime();
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream stream = Channels.newOutputStream(out);
            for (Path page : pages) {
                Files.copy(page, stream);
            }
            out.force(true);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static long peakHeap(Path work, String mode, Path data, Path list) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BenchKit.javaBinary(), "-Xmx256m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), ImportHeapProbe.class.getName(), mode, data.toString(), list.toString(),
                work.resolve("heap-" + mode).toString()));
        Process child = new ProcessBuilder(cmd).redirectError(work.resolve("heap-" + mode + ".err").toFile()).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                last = line;
            }
        }
        if (child.waitFor() != 0 || last == null || !last.startsWith("PEAK ")) {
            BenchKit.say(mode + " child failed (exit " + child.exitValue() + "), see " + work.resolve("heap-" + mode + ".err"));
            return -1;
        }
        return Long.parseLong(last.substring(5).trim());
    }

    private static String rate(double amount, double ms) {
        return String.format(Locale.ROOT, "%.1f", amount / (ms / 1000));
    }
}
