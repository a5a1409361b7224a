package vn.motcua.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.testing.SplitMix64;

/** Sealed files read back exactly, and any change to them (or the wrong key) fails by name and chunk. */
class SealedFileTest {
    private static final int CHUNK = SealedFile.CHUNK;
    private static final int SEALED_CHUNK = CHUNK + SealedFile.TAG_BYTES;

    @TempDir
    Path tmp;

    private final SecretKey key = OfficeKey.generate().subkey("documents");

    @Test
    void roundTripsTheSizesAtTheChunkEdges() throws IOException {
        for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * 1024 * 1024 + 17}) {
            byte[] plain = bytes(size, size);
            byte[] sealed = seal(plain, key);
            assertThat(open(sealed, key)).as("size %d", size).isEqualTo(plain);
            assertThat(SealedFile.plainSize(sealed.length)).as("size %d", size).isEqualTo(size);
        }
    }

    @Test
    void roundTripsSeededRandomSizesWrittenInRandomPieces() throws IOException {
        SplitMix64 random = new SplitMix64(0x5EA1L);
        for (int i = 0; i < 40; i++) {
            int size = random.chance(30) ? random.between(0, 300) : random.between(0, 5 * CHUNK);
            byte[] plain = bytes(size, random.nextLong());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream s = SealedFile.seal(out, key)) {
                for (int at = 0; at < size; ) {
                    int n = Math.min(size - at, random.between(1, 3 * CHUNK));
                    if (n == 1) {
                        s.write(plain[at]);
                    } else {
                        s.write(plain, at, n);
                    }
                    at += n;
                }
            }
            byte[] sealed = out.toByteArray();
            assertThat(SealedFile.plainSize(sealed.length)).isEqualTo(size);
            assertThat(readOneByOneAndInPieces(sealed, random)).as("seed round %d, size %d", i, size).isEqualTo(plain);
        }
    }

    @Test
    void theSameContentSealsDifferentlyAndHidesIt() throws IOException {
        byte[] plain = "%PDF-1.7 Nguyễn Văn An 001203004567".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] a = seal(plain, key);
        byte[] b = seal(plain, key);
        assertThat(a).isNotEqualTo(b);
        assertThat(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("MCSEAL01").doesNotContain("%PDF")
                .doesNotContain("001203004567");
    }

    @Test
    void aFlippedByteAnywhereFailsNamingTheFileAndChunk() throws IOException {
        byte[] sealed = seal(bytes(2 * CHUNK + 10, 7), key);
        int[] places = {9, SealedFile.HEADER_BYTES + 3, SealedFile.HEADER_BYTES + SEALED_CHUNK + 100, sealed.length - 1};
        int[] chunks = {0, 0, 1, 2};
        for (int i = 0; i < places.length; i++) {
            byte[] damaged = sealed.clone();
            damaged[places[i]] ^= 0x20;
            assertThatThrownBy(() -> open(damaged, key)).as("byte %d", places[i]).isInstanceOf(IOException.class)
                    .hasMessageContaining("scan.pdf").hasMessageContaining("chunk " + chunks[i]);
        }
    }

    @Test
    void noUnauthenticatedByteIsHandedOut() throws IOException {
        byte[] sealed = seal(bytes(CHUNK + 10, 8), key);
        sealed[SealedFile.HEADER_BYTES + 5] ^= 1;
        try (InputStream in = SealedFile.open(new ByteArrayInputStream(sealed), key, "scan.pdf")) {
            assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("chunk 0");
        }
    }

    @Test
    void aTruncatedFileFailsEvenAtAChunkBoundary() throws IOException {
        byte[] sealed = seal(bytes(3 * CHUNK + 5, 9), key);
        for (int length : new int[] {sealed.length - 1, SealedFile.HEADER_BYTES + 2 * SEALED_CHUNK,
                SealedFile.HEADER_BYTES + SEALED_CHUNK, SealedFile.HEADER_BYTES + 10, SealedFile.HEADER_BYTES}) {
            byte[] cut = Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> open(cut, key)).as("cut to %d", length).isInstanceOf(IOException.class)
                    .hasMessageContaining("scan.pdf");
        }
    }

    @Test
    void swappedOrDroppedChunksFail() throws IOException {
        byte[] sealed = seal(bytes(3 * CHUNK, 10), key);
        int h = SealedFile.HEADER_BYTES;
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, h + SEALED_CHUNK, swapped, h, SEALED_CHUNK);
        System.arraycopy(sealed, h, swapped, h + SEALED_CHUNK, SEALED_CHUNK);
        assertThatThrownBy(() -> open(swapped, key)).isInstanceOf(IOException.class).hasMessageContaining("chunk 0");

        ByteArrayOutputStream dropped = new ByteArrayOutputStream();
        dropped.write(sealed, 0, h + SEALED_CHUNK);
        dropped.write(sealed, h + 2 * SEALED_CHUNK, SEALED_CHUNK);
        assertThatThrownBy(() -> open(dropped.toByteArray(), key)).isInstanceOf(IOException.class).hasMessageContaining("chunk 1");
    }

    @Test
    void aChunkFromAnotherSealingOfTheSameContentIsRefused() throws IOException {
        byte[] plain = bytes(2 * CHUNK, 11);
        byte[] a = seal(plain, key);
        byte[] b = seal(plain, key);
        byte[] mixed = a.clone();
        int h = SealedFile.HEADER_BYTES;
        System.arraycopy(b, h + SEALED_CHUNK, mixed, h + SEALED_CHUNK, SEALED_CHUNK);
        assertThatThrownBy(() -> open(mixed, key)).isInstanceOf(IOException.class).hasMessageContaining("chunk 1");
    }

    @Test
    void theWrongKeyFailsAtTheFirstChunk() throws IOException {
        byte[] sealed = seal(bytes(100, 12), key);
        SecretKey other = OfficeKey.generate().subkey("documents");
        assertThatThrownBy(() -> open(sealed, other)).isInstanceOf(IOException.class).hasMessageContaining("chunk 0");
        assertThatThrownBy(() -> open(sealed, OfficeKey.generate().subkey("drafts"))).isInstanceOf(IOException.class);
    }

    @Test
    void aPlainFileIsNeitherSealedNorOpened() throws IOException {
        Path pdf = Files.write(tmp.resolve("a.pdf"), "%PDF-1.4 hello".getBytes());
        Path sealed = Files.write(tmp.resolve("b.pdf"), seal(new byte[] {1, 2, 3}, key));
        Path empty = Files.write(tmp.resolve("c.pdf"), new byte[0]);
        assertThat(SealedFile.isSealed(pdf)).isFalse();
        assertThat(SealedFile.isSealed(empty)).isFalse();
        assertThat(SealedFile.isSealed(sealed)).isTrue();
        assertThatThrownBy(() -> open(Files.readAllBytes(pdf), key)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a sealed file");
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] seal(byte[] plain, SecretKey key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream s = SealedFile.seal(out, key)) {
            s.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] open(byte[] sealed, SecretKey key) throws IOException {
        try (InputStream in = SealedFile.open(new ByteArrayInputStream(sealed), key, "scan.pdf")) {
            return in.readAllBytes();
        }
    }

    private byte[] readOneByOneAndInPieces(byte[] sealed, SplitMix64 random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = SealedFile.open(new ByteArrayInputStream(sealed), key, "x")) {
            byte[] buf = new byte[2 * CHUNK];
            while (true) {
                if (random.chance(20)) {
                    int b = in.read();
                    if (b < 0) {
                        break;
                    }
                    out.write(b);
                } else {
                    int n = in.read(buf, 0, random.between(1, buf.length));
                    if (n < 0) {
                        break;
                    }
                    out.write(buf, 0, n);
                }
            }
        }
        return out.toByteArray();
    }
}
