package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.slf4j.LoggerFactory;
import vn.motcua.encryption.SealedFile;

/**
 * Seals the plain files of a store in place when encryption is turned on. Each file is sealed into
 * a temporary file beside it, forced to disk and moved over the plain one atomically, so a run
 * killed at any moment leaves every file either plain or sealed, both readable by
 * {@link DocumentStore#open}, and running it again finishes the job (sealed files are skipped).
 * A plain file whose content no longer matches its name is left as it is: sealing it would hide
 * the damage that {@link DocumentStore#verify} reports and a backup repairs.
 */
public final class StoreSealing {
    /** Hears of each file looked at, on the calling thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void file(int done, int total);
    }

    /**
     * What a run did: files sealed now, found sealed already, left plain because altered, and
     * left plain because they could not be sealed (the reason is logged; a later run retries).
     */
    public record Counts(int sealed, int alreadySealed, int altered, int failed) {
    }

    private static final String TEMP_PREFIX = ".sealing-";

    private final Path root;
    private final SecretKey key;

    StoreSealing(Path root, SecretKey key) {
        this.root = root;
        this.key = key;
    }

    Counts sealAll(Progress progress) {
        List<Path> files = storedFiles();
        int sealed = 0;
        int already = 0;
        int altered = 0;
        int failed = 0;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                if (SealedFile.isSealed(file)) {
                    already++;
                } else if (seal(file)) {
                    sealed++;
                } else {
                    altered++;
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                LoggerFactory.getLogger(StoreSealing.class).warn("could not seal {}; it stays plain and readable", file, e);
            }
            progress.file(i + 1, files.size());
        }
        return new Counts(sealed, already, altered, failed);
    }

    /** Seals one plain file in place; false (nothing changed) when its content does not match its name. */
    private boolean seal(Path plain) throws IOException {
        String sha = plain.getFileName().toString().substring(0, 64);
        Path temp = Files.createTempFile(plain.getParent(), TEMP_PREFIX, ".tmp");
        try {
            MessageDigest digest = PdfAssembler.sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(plain), digest);
                    OutputStream out = SealedFile.seal(new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), key)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha)) {
                return false;
            }
            DocumentStore.force(temp);
            // no fallback to a plain move: only an atomic replace keeps "plain or sealed, never half"
            Files.move(temp, plain, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            DocumentStore.forceDirectory(plain.getParent());
            return true;
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot replace " + plain + " atomically", e);
        } finally {
            DocumentStore.deleteQuietly(temp);
        }
    }

    /** The stored files ({@code <2 hex>/<sha>.pdf}), sorted; temporary files of a killed run are removed. */
    private List<Path> storedFiles() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> shards = Files.list(root)) {
            for (Path shard : shards.filter(d -> Files.isDirectory(d) && d.getFileName().toString().matches("[0-9a-f]{2}")).sorted().toList()) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
                    for (Path p : entries) {
                        String name = p.getFileName().toString();
                        if (name.startsWith(TEMP_PREFIX)) {
                            DocumentStore.deleteQuietly(p);
                        } else if (name.matches("[0-9a-f]{64}\\.pdf") && name.startsWith(shard.getFileName().toString())
                                && Files.isRegularFile(p)) {
                            files.add(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new vn.motcua.common.UserFacingException(e, "documents.seal.storeUnreadable", root, String.valueOf(e.getMessage()));
        }
        files.sort(null);
        return files;
    }
}
