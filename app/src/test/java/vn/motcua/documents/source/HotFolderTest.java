package vn.motcua.documents.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** The hot folder on real files and a real office: only complete files are taken; originals go only once verified. */
class HotFolderTest {
    private static final Duration POLL = Duration.ofSeconds(1);

    @TempDir
    Path tmp;

    AppContext context;
    String code;
    Path folder;
    vn.motcua.testing.TestClock clock;
    DossierSink sink;
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    HotFolder hot;

    @BeforeEach
    void office() throws Exception {
        context = TestOffice.initialized(tmp.resolve("data"));
        code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        folder = Files.createDirectories(tmp.resolve("may-quet"));
        clock = new vn.motcua.testing.TestClock(Instant.parse("2026-01-05T02:00:00Z"));
        sink = new DossierSink(context.documents(), context.dossiers(), Actor.SYSTEM);
        hot = hotFolder(sink);
    }

    private HotFolder hotFolder(HotFolderSink s) {
        return new HotFolder(folder, s, Messages.of(Language.VI), new HotFolderListener() {
            @Override
            public void taken(String fileName) {
                events.add("taken " + fileName);
            }

            @Override
            public void filed(String fileName, List<FiledDocument> documents) {
                events.add("filed " + fileName + " → " + documents.stream().map(FiledDocument::componentCode).toList());
            }

            @Override
            public void refused(String fileName, String message) {
                events.add("refused " + fileName + ": " + message);
            }

            @Override
            public void waiting(String fileName) {
                events.add("waiting " + fileName);
            }
        }, HotFolder.DEFAULT_QUIET, clock);
    }

    @AfterEach
    void close() {
        hot.close();
        context.close();
    }

    private List<DossierDocument> linked() {
        return context.documents().linked(code);
    }

    private Path store() {
        return context.dataDirectory().documents().resolve("sha256");
    }

    private Path work(String sub) {
        return folder.resolve(".motcua").resolve(sub);
    }

    /** Polls once a (fake) second until the quiet time has passed twice over; returns what was filed. */
    private List<SourceOutcome> settle() {
        List<SourceOutcome> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.addAll(hot.poll(clock.advance(POLL)));
        }
        return all;
    }

    @Test
    void aFileStillBeingWrittenIsTakenOnlyOnceCompleteThenFiledAndVerified() throws Exception {
        hot.setTarget(code, "CT01");
        byte[] jpeg = SourceFiles.jpeg(1200, 1600, 7);
        Path file = folder.resolve("scan-001.jpg");
        int chunks = 5;
        Semaphore wrote = new Semaphore(0);
        Semaphore resume = new Semaphore(0);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < chunks; i++) {
                    out.write(jpeg, i * jpeg.length / chunks, (i + 1) * jpeg.length / chunks - i * jpeg.length / chunks);
                    out.flush();
                    wrote.release();
                    if (i < chunks - 1) {
                        resume.acquire(); // the scanner pauses between pages
                    }
                }
            } catch (Throwable e) {
                failed.set(e);
                wrote.release();
            }
        }, "scanner-software");
        writer.start();
        for (int i = 0; i < chunks; i++) {
            assertThat(wrote.tryAcquire(60, TimeUnit.SECONDS)).isTrue();
            if (i == chunks - 1) {
                break; // the last page: the scanner software closes the file
            }
            // each pause lasts 1.5 s: longer than one poll, shorter than the 2 s quiet time
            assertThat(hot.poll(clock.instant())).isEmpty();
            assertThat(hot.poll(clock.advance(POLL))).isEmpty();
            clock.advance(Duration.ofMillis(500));
            assertThat(file).exists();
            resume.release();
        }
        writer.join(60_000);
        assertThat(failed.get()).isNull();
        assertThat(linked()).isEmpty();
        assertThat(events).isEmpty();

        assertThat(hot.poll(clock.advance(Duration.ofMillis(500)))).isEmpty(); // the last chunk is seen
        assertThat(hot.poll(clock.advance(POLL))).isEmpty(); // quiet for 1 s
        List<SourceOutcome> outcomes = hot.poll(clock.advance(POLL)); // quiet for 2 s
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(SourceOutcome.Status.FILED);
            assertThat(o.keptAt()).isEqualTo(work("done").resolve("scan-001.jpg"));
        });
        FiledDocument doc = outcomes.get(0).documents().get(0);
        assertThat(doc.componentCode()).isEqualTo("CT01");
        assertThat(linked()).singleElement().satisfies(d -> {
            assertThat(d.componentCode()).isEqualTo("CT01");
            assertThat(d.sha256()).isEqualTo(doc.document().sha256());
        });
        assertThat(context.documents().store().isIntact(doc.document().sha256())).isTrue();
        assertThat(SourceFiles.imageStreams(vn.motcua.testing.Plain.of(doc.document().path()))).singleElement().isEqualTo(jpeg);
        assertThat(file).doesNotExist();
        assertThat(Files.readAllBytes(work("done").resolve("scan-001.jpg"))).isEqualTo(jpeg);
        assertThat(SourceFiles.names(work("processing"))).isEmpty();
        assertThat(events).containsExactly("taken scan-001.jpg", "filed scan-001.jpg → [CT01]");
    }

    @Test
    void temporaryNamesAreNeverTaken() throws Exception {
        hot.setTarget(code, "CT01");
        List<String> names = List.of(".scan.jpg", "~$scan.jpg", "scan.jpg.tmp", "scan.TMP", "scan.jpg.part", "scan.jpg.crdownload",
                "scan.partial");
        for (int i = 0; i < names.size(); i++) {
            SourceFiles.jpeg(folder.resolve(names.get(i)), i);
        }
        assertThat(settle()).isEmpty();
        assertThat(SourceFiles.names(folder)).containsExactlyInAnyOrderElementsOf(names);
        assertThat(linked()).isEmpty();
        names.forEach(n -> assertThat(TemporaryNames.isTemporary(n)).as(n).isTrue());
        assertThat(TemporaryNames.isTemporary("scan.jpg")).isFalse();
        assertThat(TemporaryNames.isTemporary("bản quét.pdf")).isFalse();

        // renamed to its final name by the scanner software: taken
        Files.move(folder.resolve("scan.jpg.part"), folder.resolve("scan.jpg"));
        assertThat(settle()).extracting(SourceOutcome::status).containsExactly(SourceOutcome.Status.FILED);
    }

    @Test
    void zeroByteAndCorruptFilesAreRefusedWithTheReasonBesideThem() throws Exception {
        hot.setTarget(code, "CT01");
        hot.scanOnce(); // creates nothing in the store
        List<String> before = SourceFiles.snapshot(store());
        Files.write(folder.resolve("rong.jpg"), new byte[0]);
        byte[] good = SourceFiles.jpeg(600, 800, 3);
        Files.write(folder.resolve("hong.jpg"), Arrays.copyOf(good, good.length * 6 / 10));
        Files.writeString(folder.resolve("ghi-chu.txt"), "không phải bản quét");

        List<SourceOutcome> outcomes = settle();
        assertThat(outcomes).hasSize(3).allSatisfy(o -> assertThat(o.status()).isEqualTo(SourceOutcome.Status.REFUSED));
        assertThat(linked()).isEmpty();
        assertThat(SourceFiles.snapshot(store())).isEqualTo(before);
        assertThat(SourceFiles.names(work("refused"))).containsExactly("ghi-chu.txt", "ghi-chu.txt.txt", "hong.jpg", "hong.jpg.txt",
                "rong.jpg", "rong.jpg.txt");
        assertThat(Files.readString(work("refused").resolve("rong.jpg.txt"))).contains("rong.jpg").contains("rỗng");
        assertThat(Files.readString(work("refused").resolve("hong.jpg.txt"))).contains("hong.jpg").contains("bị hỏng");
        assertThat(Files.readString(work("refused").resolve("ghi-chu.txt.txt"))).contains("không phải ảnh JPEG");
        assertThat(Files.readAllBytes(work("refused").resolve("hong.jpg"))).hasSize(good.length * 6 / 10);
        assertThat(events).contains("refused rong.jpg: " + Files.readString(work("refused").resolve("rong.jpg.txt")).strip());
        assertThat(SourceFiles.names(work("done"))).isEmpty();
    }

    @Test
    void aStackWithSeparatorSheetsIsFiledIntoItsComponentsWithoutATarget() throws Exception {
        Path stack = SourceFiles.stack(tmp.resolve("tap.pdf"), code,
                List.of("#CT01", "Trang 1 của CT01", "Trang 2 của CT01", "#GTTT", "Trang 1 của GTTT"));
        Files.copy(stack, folder.resolve("tap-quet.pdf"));
        List<SourceOutcome> outcomes = settle();
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(SourceOutcome.Status.FILED);
            assertThat(o.documents()).extracting(FiledDocument::componentCode).containsExactly("CT01", "GTTT");
            assertThat(o.documents()).extracting(d -> d.document().pages()).containsExactly(2, 1);
        });
        assertThat(linked()).extracting(DossierDocument::componentCode).containsExactlyInAnyOrder("CT01", "GTTT");
        assertThat(SourceFiles.names(work("done"))).containsExactly("tap-quet.pdf");
        assertThat(events).containsExactly("taken tap-quet.pdf", "filed tap-quet.pdf → [CT01, GTTT]");
    }

    @Test
    void withoutATargetAFileWaitsUntilTheClerkAssignsIt() throws Exception {
        byte[] jpeg = SourceFiles.jpeg(400, 500, 11);
        Files.write(folder.resolve("giay-to.jpg"), jpeg);
        assertThat(settle()).extracting(SourceOutcome::status).containsExactly(SourceOutcome.Status.WAITING);
        assertThat(linked()).isEmpty();
        List<Path> waiting = hot.waiting();
        assertThat(waiting).extracting(p -> p.getFileName().toString()).containsExactly("giay-to.jpg");
        assertThat(events).containsExactly("taken giay-to.jpg", "waiting giay-to.jpg");

        // a component the dossier does not have: refused with the codes it has, the file keeps waiting
        assertThatThrownBy(() -> hot.assign(waiting.get(0), code, "KHONG-CO")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.localized(Messages.of(Language.VI))).contains("KHONG-CO").contains("CT01"));
        assertThat(hot.waiting()).hasSize(1);

        SourceOutcome outcome = hot.assign(waiting.get(0), code, "GTTT");
        assertThat(outcome.status()).isEqualTo(SourceOutcome.Status.FILED);
        assertThat(linked()).singleElement().satisfies(d -> assertThat(d.componentCode()).isEqualTo("GTTT"));
        assertThat(SourceFiles.imageStreams(vn.motcua.testing.Plain.of(outcome.documents().get(0).document().path()))).singleElement().isEqualTo(jpeg);
        assertThat(hot.waiting()).isEmpty();
        assertThat(SourceFiles.names(work("done"))).containsExactly("giay-to.jpg");
        assertThatThrownBy(() -> hot.assign(waiting.get(0), code, "GTTT")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("documents.source.notWaiting"));
    }

    @Test
    void aFileLeftInProcessingByACrashIsFiledAgainOnStartAndLinkedOnce() throws Exception {
        Path jpeg = SourceFiles.jpeg(tmp.resolve("trang.jpg"), 5);
        // the first run had linked it, then died before moving the original to done/
        context.documents().importFiles(Actor.SYSTEM, code, "CT01", List.of(jpeg));
        Files.createDirectories(work("processing"));
        Files.copy(jpeg, work("processing").resolve("trang.jpg"));
        // … and another one claimed but not filed at all
        Path second = SourceFiles.jpeg(tmp.resolve("trang-2.jpg"), 6);
        Files.copy(second, work("processing").resolve("trang-2.jpg"));

        hot.setTarget(code, "CT01");
        List<SourceOutcome> outcomes = hot.poll(clock.instant());
        assertThat(outcomes).extracting(SourceOutcome::fileName, SourceOutcome::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("trang-2.jpg", SourceOutcome.Status.FILED),
                org.assertj.core.groups.Tuple.tuple("trang.jpg", SourceOutcome.Status.FILED));
        assertThat(linked()).hasSize(2).extracting(DossierDocument::componentCode).containsOnly("CT01");
        assertThat(SourceFiles.names(work("processing"))).isEmpty();
        assertThat(SourceFiles.names(work("done"))).containsExactly("trang-2.jpg", "trang.jpg");
        assertThat(hot.poll(clock.advance(POLL))).isEmpty(); // recovery runs once
    }

    @Test
    void anOriginalWhoseStoredPdfDoesNotVerifyIsKeptNotDone() throws Exception {
        // the disk garbles the stored PDF right after it was written
        HotFolderSink garbling = new HotFolderSink() {
            @Override
            public Filing file(Path file, Target target) {
                Filing filing = sink.file(file, target);
                for (FiledDocument d : ((Filing.Filed) filing).documents()) {
                    try {
                        byte[] b = Files.readAllBytes(d.document().path());
                        b[b.length / 2] ^= 0x55;
                        Files.write(d.document().path(), b);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return filing;
            }

            @Override
            public void checkTarget(Target target) {
                sink.checkTarget(target);
            }

            @Override
            public boolean isIntact(vn.motcua.documents.ImportedDocument document) {
                return sink.isIntact(document);
            }
        };
        hot.close();
        hot = hotFolder(garbling);
        hot.setTarget(code, "CT01");
        byte[] jpeg = SourceFiles.jpeg(400, 500, 21);
        Files.write(folder.resolve("the.jpg"), jpeg);
        List<SourceOutcome> outcomes = settle();
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(SourceOutcome.Status.REFUSED);
            assertThat(o.message()).contains("the.jpg").contains("documents verify");
        });
        assertThat(SourceFiles.names(work("done"))).isEmpty();
        assertThat(Files.readAllBytes(work("refused").resolve("the.jpg"))).isEqualTo(jpeg);
    }

    @Test
    void originalsAreKeptThirtyDaysInDone() throws Exception {
        hot.setTarget(code, "CT01");
        SourceFiles.jpeg(folder.resolve("a.jpg"), 1);
        assertThat(settle()).hasSize(1);
        assertThat(SourceFiles.names(work("done"))).containsExactly("a.jpg");
        clock.advance(Duration.ofDays(29));
        hot.scanOnce();
        assertThat(SourceFiles.names(work("done"))).containsExactly("a.jpg");
        clock.advance(Duration.ofDays(1).plusHours(1));
        hot.scanOnce();
        assertThat(SourceFiles.names(work("done"))).isEmpty();
        assertThat(linked()).hasSize(1); // the stored PDF and its link stay
    }

    @Test
    void sameNamesNeverOverwriteEachOther() throws Exception {
        hot.setTarget(code, "CT01");
        SourceFiles.jpeg(folder.resolve("scan.jpg"), 1);
        settle();
        SourceFiles.jpeg(folder.resolve("scan.jpg"), 2);
        settle();
        assertThat(SourceFiles.names(work("done"))).containsExactly("scan-2.jpg", "scan.jpg");
        assertThat(linked()).hasSize(2);
    }

    @Test
    void theRunnerPollsOnItsOwnDaemonThreadUntilClosed() throws Exception {
        java.util.concurrent.CountDownLatch filed = new java.util.concurrent.CountDownLatch(1);
        AtomicReference<Thread> on = new AtomicReference<>();
        HotFolder running = new HotFolder(folder, sink, Messages.of(Language.VI), new HotFolderListener() {
            @Override
            public void filed(String fileName, List<FiledDocument> documents) {
                on.set(Thread.currentThread());
                filed.countDown();
            }
        }, Duration.ZERO, java.time.Clock.systemUTC());
        running.setTarget(code, "CHO");
        SourceFiles.jpeg(folder.resolve("tu-dong.jpg"), 9);
        running.start();
        try {
            assertThat(filed.await(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            running.close();
        }
        assertThat(on.get().isDaemon()).isTrue();
        assertThat(on.get().getName()).isEqualTo("motcua-hot-folder");
        assertThat(linked()).singleElement().satisfies(d -> assertThat(d.componentCode()).isEqualTo("CHO"));
        // closed: a new file stays where it is
        SourceFiles.jpeg(folder.resolve("sau-khi-dung.jpg"), 10);
        on.get().join(30_000);
        assertThat(on.get().isAlive()).isFalse();
        assertThat(folder.resolve("sau-khi-dung.jpg")).exists();
    }

    @Test
    void aMissingFolderIsAClearError() {
        HotFolder gone = new HotFolder(tmp.resolve("khong-co"), sink, Messages.of(Language.VI), null, HotFolder.DEFAULT_QUIET, clock);
        assertThatThrownBy(gone::scanOnce).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("documents.source.folderMissing");
            assertThat(e.localized(Messages.of(Language.VI))).contains("khong-co");
        });
    }
}
