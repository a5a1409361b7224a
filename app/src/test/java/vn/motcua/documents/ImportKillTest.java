package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.TestOffice;

/**
 * SIGKILL while a desk imports a 50-page component, at random moments: after a restart the
 * component is either linked whole (50 pages, the stored file re-hashes to its name) or not
 * linked at all, and the quarantine holds nothing.
 */
class ImportKillTest {
    private static final int PAGES = 50;
    private static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLinksAllFiftyPagesOrNothing() throws Exception {
        Path data = dir.resolve("data");
        List<String> codes = new ArrayList<>();
        try (AppContext context = TestOffice.initialized(data)) {
            for (int i = 0; i <= KILLS; i++) {
                codes.add(context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code());
            }
        }
        Random random = new Random(20261124);
        // The first round runs to the end: it proves the child works and measures how long a
        // whole import takes, so the kills of the next rounds land inside one.
        long wholeImportMillis = run(data, codes.get(0), pages(0), -1);
        int killedBeforeLink = 0;
        for (int round = 1; round <= KILLS; round++) {
            long killAfter = (long) (wholeImportMillis * (0.05 + 1.05 * random.nextDouble()));
            if (run(data, codes.get(round), pages(round), killAfter) < 0) {
                killedBeforeLink++;
            }
        }
        try (AppContext reopened = TestOffice.open(data)) {
            ScanImportService documents = reopened.documents();
            for (String code : codes) {
                List<DossierDocument> linked = documents.linked(code);
                assertThat(linked).as("links of " + code).hasSizeLessThanOrEqualTo(1);
                linked.forEach(d -> assertThat(d.pages()).isEqualTo(PAGES));
            }
            assertThat(documents.linked(codes.get(0))).hasSize(1);
            VerifyReport report = documents.verify();
            assertThat(report.missing()).isEmpty();
            assertThat(report.altered()).isEmpty();
            Path documentsDir = reopened.dataDirectory().documents();
            assertThat(leftovers(documentsDir.resolve("quarantine"))).isEmpty();
            try (Stream<Path> all = Files.walk(documentsDir)) {
                assertThat(all.filter(p -> p.getFileName().toString().startsWith(".incoming-")).toList())
                        .as("half-written store files").isEmpty();
            }
        }
        System.out.printf("ImportKillTest: a whole import took %d ms; %d of %d kills landed before the link%n",
                wholeImportMillis, killedBeforeLink, KILLS);
    }

    private Path pages(int round) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pages-" + round));
        for (int i = 0; i < PAGES; i++) {
            TestFiles.jpeg(folder.resolve(String.format("%03d.jpg", i)), 600, 850, round * 1000L + i);
        }
        return folder;
    }

    /**
     * Runs one child import; kills it {@code killAfterMillis} after it starts importing (never when
     * negative). Returns the import's duration when it finished, -1 when the kill came first.
     */
    private static long run(Path data, String code, Path pages, long killAfterMillis) throws Exception {
        Process child = JavaProcess.start(ImportLoop.class, data.toString(), code, "CT01", pages.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("START");
            long started = System.nanoTime();
            if (killAfterMillis >= 0) {
                Thread.sleep(killAfterMillis);
                child.toHandle().destroyForcibly();
            }
            String sha = out.readLine();
            long took = (System.nanoTime() - started) / 1_000_000;
            child.waitFor();
            return sha == null ? -1 : Math.max(1, took);
        }
    }

    private static List<Path> leftovers(Path quarantine) throws Exception {
        if (!Files.exists(quarantine)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(quarantine)) {
            return all.filter(p -> !p.equals(quarantine)).toList();
        }
    }
}
