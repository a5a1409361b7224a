package vn.motcua.bench;

import static vn.motcua.bench.BenchKit.median;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.motcua.AppContext;
import vn.motcua.backup.BackupKind;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;

/**
 * Backup speed (issue 10, "Speed"): {@code backup create} of an office whose document store holds
 * about 1 GB (256 files of 4 MB, random bytes so nothing compresses, named by their SHA-256 as the
 * store names them), against baselines of the same run on the same files: a plain
 * {@code Files.copy} of every file (page cache to page cache), and that copy forced to disk (the
 * backup forces its one file to disk before naming it). Target: the backup at ≥ 50 % of the plain
 * copy's speed. Each measure is the median of 3 runs, interleaved. Prints only; run with
 * {@code ./mvnw -Pbench verify -Dit.test=BackupBench}.
 */
class BackupBench {
    private static final int FILES = 256;
    private static final int FILE_BYTES = 4 << 20;
    private static final int RUNS = 3;
    private static final Actor ADMIN = new Actor(null, "admin", "Quản trị", java.util.Set.of(Role.ADMINISTRATOR));

    @Test
    void backupAgainstPlainCopy() throws Exception {
        Path work = BenchKit.workDir("backup");
        Path office = work.resolve("office");
        List<Path> documents;
        try (AppContext context = TestOffice.initialized(office)) {
            documents = store(new DataDirectory(office).documents().resolve("sha256"));
        }
        long bytes = (long) FILES * FILE_BYTES;
        BenchKit.say(String.format(Locale.ROOT, "%d document files, %s MB", FILES, BenchKit.mb(bytes)));
        List<Double> backupMs = new ArrayList<>();
        List<Double> sealedMs = new ArrayList<>();
        List<Double> copyMs = new ArrayList<>();
        List<Double> durableMs = new ArrayList<>();
        long backupBytes = 0;
        try (AppContext context = TestOffice.open(office)) {
            for (int run = 0; run < RUNS; run++) {
                Path copy = Files.createDirectories(work.resolve("copy-" + run));
                copyMs.add(copy(documents, copy, false));
                BenchKit.deleteTree(copy);
                Path durable = Files.createDirectories(work.resolve("durable-" + run));
                durableMs.add(copy(documents, durable, true));
                BenchKit.deleteTree(durable);
                Path out = work.resolve("run-" + run + ".mcbak");
                long t0 = System.nanoTime();
                long[] lastProgress = {0};
                context.backups().create(ADMIN, "cụm mật khẩu đo tốc độ".toCharArray(), out, BackupKind.MANUAL, 7,
                        (done, total) -> lastProgress[0] = System.nanoTime());
                backupMs.add((System.nanoTime() - t0) / 1e6);
                sealedMs.add((lastProgress[0] - t0) / 1e6); // everything sealed and handed to the OS, before the fsync
                backupBytes = Files.size(out);
                Files.delete(out);
            }
        }
        double backup = median(backupMs);
        double copy = median(copyMs);
        double durable = median(durableMs);
        double sealed = median(sealedMs);
        BenchKit.table("BackupBench: " + FILES + " files, " + BenchKit.mb(bytes) + " MB, backup file " + BenchKit.mb(backupBytes) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " cores, median of " + RUNS, List.of(
                List.of("measure", "ms", "MB/s", "% of copy speed", "target"),
                List.of("backup create (H2 BACKUP TO, SHA-256, AES-256-GCM, fsync)", BenchKit.ms(backup), rate(bytes, backup),
                        percent(copy, backup) + " (" + percent(durable, backup) + " of the forced copy)", ">= 50 %"),
                List.of("  of which: until the last byte is sealed and written, before the fsync", BenchKit.ms(sealed),
                        rate(bytes, sealed), percent(copy, sealed), "-"),
                List.of("baseline: Files.copy of the same files", BenchKit.ms(copy), rate(bytes, copy), "100 %", "-"),
                List.of("baseline: Files.copy, each file forced to disk", BenchKit.ms(durable), rate(bytes, durable),
                        percent(copy, durable), "-")));
        BenchKit.say("runs (ms): backup " + backupMs + ", sealed " + sealedMs + ", copy " + copyMs + ", copy forced " + durableMs);
    }

    /** Random, incompressible files named as the content-addressed store names them. */
    private static List<Path> store(Path root) throws IOException {
        SplittableRandom random = new SplittableRandom(20261124L);
        byte[] content = new byte[FILE_BYTES];
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            for (int k = 0; k < content.length; k += 8) {
                long v = random.nextLong();
                for (int b = 0; b < 8; b++) {
                    content[k + b] = (byte) (v >>> (8 * b));
                }
            }
            String sha = HexFormat.of().formatHex(sha256().digest(content));
            Path f = Files.createDirectories(root.resolve(sha.substring(0, 2))).resolve(sha + ".pdf");
            try (OutputStream out = Files.newOutputStream(f)) {
                out.write(content);
            }
            files.add(f);
        }
        return files;
    }

    private static double copy(List<Path> files, Path into, boolean force) throws IOException {
        long t0 = System.nanoTime();
        for (Path f : files) {
            Path to = into.resolve(f.getFileName());
            Files.copy(f, to);
            if (force) {
                try (FileChannel ch = FileChannel.open(to, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rate(long bytes, double ms) {
        return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0) / (ms / 1000.0));
    }

    private static String percent(double baselineMs, double ms) {
        return String.format(Locale.ROOT, "%.0f %%", 100.0 * baselineMs / ms);
    }
}
