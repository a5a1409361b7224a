package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.SealBrokenException;
import vn.motcua.encryption.SealedFile;

/** A store with a document key seals what it writes at the same name, and still reads the plain files written before. */
class SealedDocumentStoreTest {
    private static final String MARKER = "CCCD-001203004567-NGUYEN-VAN-AN";

    @TempDir
    Path tmp;

    private final SecretKey key = OfficeKey.generate().subkey("documents");

    @Test
    void aSealedDocumentHidesItsContentOnDiskAndReadsBackExactly() throws IOException {
        byte[] pdf = pdf(MARKER, 3);
        assertThat(latin1(pdf)).as("the test PDF carries the marker in clear").contains(MARKER).startsWith("%PDF");
        DocumentStore store = new DocumentStore(tmp.resolve("documents"), key);

        StoredFile stored = store.store(out -> out.write(pdf));

        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.path()).isEqualTo(store.pathOf(stored.sha256())).hasFileName(stored.sha256() + ".pdf");
        assertThat(stored.bytes()).as("the plain size is recorded").isEqualTo(pdf.length);
        byte[] onDisk = Files.readAllBytes(stored.path());
        assertThat(latin1(onDisk)).startsWith("MCSEAL01").doesNotContain("%PDF").doesNotContain(MARKER).doesNotContain("001203004567");
        assertThat(SealedFile.isSealed(stored.path())).isTrue();
        assertThat(read(store, stored.sha256())).isEqualTo(pdf);
        assertThat(store.size(stored.sha256())).isEqualTo(pdf.length);
        try (PDDocument doc = Loader.loadPDF(read(store, stored.sha256()))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(leftovers(tmp.resolve("documents"))).as("no temporary file stays behind").isEmpty();
    }

    @Test
    void theSameContentIsStoredOnce() throws IOException {
        byte[] pdf = pdf(MARKER, 1);
        DocumentStore store = new DocumentStore(tmp.resolve("documents"), key);
        StoredFile first = store.store(out -> out.write(pdf));
        byte[] sealed = Files.readAllBytes(first.path());

        StoredFile again = store.store(out -> out.write(pdf));

        assertThat(again.created()).isFalse();
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(again.bytes()).isEqualTo(pdf.length);
        assertThat(Files.readAllBytes(first.path())).as("the stored file is not rewritten").isEqualTo(sealed);
    }

    @Test
    void verifyAndIsIntactHashThePlainContentAndReportADamagedSealAsAltered() throws IOException {
        DocumentStore store = new DocumentStore(tmp.resolve("documents"), key);
        StoredFile a = store.store(out -> out.write(pdf("a", 1)));
        StoredFile b = store.store(out -> out.write(pdf("b", 2)));
        StoredFile c = store.store(out -> out.write(pdf("c", 1)));
        assertThat(store.verify(List.of(a.sha256(), b.sha256(), c.sha256())).intact()).isTrue();
        assertThat(store.isIntact(a.sha256())).isTrue();

        byte[] bytes = Files.readAllBytes(a.path());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(a.path(), bytes);
        byte[] cut = Files.readAllBytes(b.path());
        Files.write(b.path(), java.util.Arrays.copyOf(cut, cut.length - 20));
        Files.delete(c.path());

        VerifyReport report = store.verify(List.of(a.sha256(), b.sha256(), c.sha256()));
        assertThat(report.altered()).containsExactlyInAnyOrder(a.sha256(), b.sha256());
        assertThat(report.missing()).containsExactly(c.sha256());
        assertThat(store.isIntact(a.sha256())).isFalse();
        assertThat(store.isIntact(b.sha256())).isFalse();
        assertThatThrownBy(() -> read(store, a.sha256())).isInstanceOf(SealBrokenException.class)
                .hasMessageContaining(a.sha256() + ".pdf").hasMessageContaining("chunk");
    }

    @Test
    void aStoreWithAKeyReadsPlainAndSealedFilesSideBySide() throws IOException {
        Path dir = tmp.resolve("documents");
        byte[] old = pdf("written before encryption", 1);
        byte[] fresh = pdf("written after", 1);
        StoredFile plain = new DocumentStore(dir, null).store(out -> out.write(old));
        DocumentStore store = new DocumentStore(dir, key);
        StoredFile sealed = store.store(out -> out.write(fresh));

        assertThat(SealedFile.isSealed(plain.path())).isFalse();
        assertThat(SealedFile.isSealed(sealed.path())).isTrue();
        assertThat(read(store, plain.sha256())).isEqualTo(old);
        assertThat(read(store, sealed.sha256())).isEqualTo(fresh);
        assertThat(store.size(plain.sha256())).isEqualTo(old.length);
        assertThat(store.verify(List.of(plain.sha256(), sealed.sha256())).intact()).isTrue();
        assertThat(store.store(out -> out.write(old)).created()).as("dedup finds the plain file").isFalse();
    }

    @Test
    void sealExistingConvertsEveryPlainFileOnceAndKeepsTheContent() throws IOException {
        Path dir = tmp.resolve("documents");
        DocumentStore before = new DocumentStore(dir, null);
        List<byte[]> contents = List.of(pdf(MARKER, 1), pdf("two", 2), new byte[0], bigPdfLikeBytes());
        List<StoredFile> files = contents.stream().map(c -> before.store(out -> out.write(c))).toList();
        DocumentStore store = new DocumentStore(dir, key);
        StoredFile already = store.store(out -> out.write(pdf("sealed from the start", 1)));
        List<int[]> progress = new java.util.ArrayList<>();

        StoreSealing.Counts first = store.sealExisting((done, total) -> progress.add(new int[] {done, total}));

        assertThat(first).isEqualTo(new StoreSealing.Counts(4, 1, 0, 0));
        assertThat(progress).hasSize(5).last().satisfies(p -> assertThat(p).containsExactly(5, 5));
        for (int i = 0; i < files.size(); i++) {
            StoredFile f = files.get(i);
            assertThat(SealedFile.isSealed(f.path())).isTrue();
            assertThat(read(store, f.sha256())).isEqualTo(contents.get(i));
        }
        assertThat(latin1(Files.readAllBytes(files.get(0).path()))).doesNotContain(MARKER);
        assertThat(store.verify(Stream.concat(files.stream(), Stream.of(already)).map(StoredFile::sha256).toList()).intact()).isTrue();

        assertThat(store.sealExisting(StoreSealing.Progress.NONE)).isEqualTo(new StoreSealing.Counts(0, 5, 0, 0));
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void aSealingRunKilledHalfwayLeavesEveryFileReadableAndTheNextRunFinishes() throws IOException {
        Path dir = tmp.resolve("documents");
        byte[] content = pdf(MARKER, 1);
        StoredFile plain = new DocumentStore(dir, null).store(out -> out.write(content));
        // what a run killed between writing the sealed copy and moving it into place leaves behind
        Path half = plain.path().resolveSibling(".sealing-1234.tmp");
        Files.write(half, java.util.Arrays.copyOf(Files.readAllBytes(plain.path()), 40));
        DocumentStore store = new DocumentStore(dir, key);

        assertThat(read(store, plain.sha256())).isEqualTo(content);
        assertThat(store.verify(List.of(plain.sha256())).intact()).isTrue();

        assertThat(store.sealExisting(StoreSealing.Progress.NONE)).isEqualTo(new StoreSealing.Counts(1, 0, 0, 0));
        assertThat(half).doesNotExist();
        assertThat(read(store, plain.sha256())).isEqualTo(content);
    }

    @Test
    void anAlteredPlainFileIsLeftAsItIsForVerifyToReport() throws IOException {
        Path dir = tmp.resolve("documents");
        StoredFile plain = new DocumentStore(dir, null).store(out -> out.write(pdf("x", 1)));
        byte[] altered = Files.readAllBytes(plain.path());
        altered[altered.length - 3] ^= 0x01;
        Files.write(plain.path(), altered);
        DocumentStore store = new DocumentStore(dir, key);

        assertThat(store.sealExisting(StoreSealing.Progress.NONE)).isEqualTo(new StoreSealing.Counts(0, 0, 1, 0));
        assertThat(Files.readAllBytes(plain.path())).isEqualTo(altered);
        assertThat(store.verify(List.of(plain.sha256())).altered()).containsExactly(plain.sha256());
    }

    @Test
    void plainCopiesAreDeletedAfterUseAndViewerCopiesWhenTheStoreOpensAgain() throws IOException {
        Path dir = tmp.resolve("documents");
        byte[] content = pdf(MARKER, 1);
        DocumentStore store = new DocumentStore(dir, key);
        String sha = store.store(out -> out.write(content)).sha256();

        Path used;
        try (PlainCopy copy = store.plainCopy(sha, store.workDirectory())) {
            used = copy.path();
            assertThat(copy.path()).startsWith(dir).hasBinaryContent(content);
        }
        assertThat(used).doesNotExist();

        Path view = store.viewCopy(sha, "HS-001_CT01.pdf");
        assertThat(view).startsWith(dir.resolve("view-tmp")).hasFileName("HS-001_CT01.pdf").hasBinaryContent(content);
        assertThat(store.viewCopy(sha, "../../escape.pdf")).startsWith(dir.resolve("view-tmp"));
        new DocumentStore(dir, key);
        assertThat(view).doesNotExist();
        store.viewCopy(sha, "again.pdf");
        store.clearViewCopies();
        assertThat(dir.resolve("view-tmp")).doesNotExist();
    }

    @Test
    void openingTheStoreTakesOnlyWorkCopiesOldEnoughToBeLeftovers() throws IOException {
        Path dir = tmp.resolve("documents");
        DocumentStore store = new DocumentStore(dir, key);
        String sha = store.store(out -> out.write(pdf(MARKER, 1))).sha256();
        PlainCopy old = store.plainCopy(sha, store.workDirectory());
        Files.setLastModifiedTime(old.path(), java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        PlainCopy inUse = store.plainCopy(sha, store.workDirectory()); // another process signing right now

        new DocumentStore(dir, key);

        assertThat(old.path()).doesNotExist();
        assertThat(inUse.path()).exists();
        PlainCopy.clearStale(store.workDirectory(), java.time.Duration.ZERO);
        assertThat(inUse.path()).doesNotExist();
    }

    @Test
    void aSealedFileTooShortToBeOneHasNoSize() throws IOException {
        Path dir = tmp.resolve("documents");
        DocumentStore store = new DocumentStore(dir, key);
        StoredFile f = store.store(out -> out.write(pdf("z", 1)));
        Files.write(f.path(), java.util.Arrays.copyOf(Files.readAllBytes(f.path()), 20));
        assertThatThrownBy(() -> store.size(f.sha256())).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void aSealedFileWithoutTheKeyIsNotReadAsPlain() throws IOException {
        Path dir = tmp.resolve("documents");
        String sha = new DocumentStore(dir, key).store(out -> out.write(pdf("y", 1))).sha256();
        DocumentStore keyless = new DocumentStore(dir, null);
        assertThatThrownBy(() -> read(keyless, sha)).isInstanceOf(IOException.class).hasMessageContaining("office key");
        assertThat(keyless.isIntact(sha)).isFalse();
        DocumentStore otherKey = new DocumentStore(dir, OfficeKey.generate().subkey("documents"));
        assertThat(otherKey.verify(List.of(sha)).altered()).containsExactly(sha);
    }

    static byte[] pdf(String marker, int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.getDocumentInformation().setTitle(marker);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** Several chunks' worth, so sealing in place crosses chunk boundaries. */
    private static byte[] bigPdfLikeBytes() {
        byte[] b = new byte[3 * SealedFile.CHUNK + 99];
        new java.util.Random(3).nextBytes(b);
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 8);
        return b;
    }

    static byte[] read(DocumentStore store, String sha) throws IOException {
        try (InputStream in = store.open(sha)) {
            return in.readAllBytes();
        }
    }

    private static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String sha256(byte[] b) {
        return java.util.HexFormat.of().formatHex(PdfAssembler.sha256().digest(b));
    }
}
