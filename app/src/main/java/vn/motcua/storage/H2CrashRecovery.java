package vn.motcua.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the newest commit of an H2 file that was not closed cleanly, before H2 opens it.
 *
 * <p>Why: H2 (2.3 and 2.5) recovers such a file "quickly": it starts from the chunk its header
 * names and the chunk at the very end of the file, and follows each chunk's guess of where the
 * next one goes. A chunk written somewhere else (into reused space) without the header catching
 * up is not found, and H2 silently opens an older version. The kill tests saw exactly that: a
 * receipt committed and forced to disk, then a SIGKILL, and the reopened desk lacked it; the
 * sandbox portal lost batches it had acknowledged. MVStore's recovery mode instead reads every
 * block for chunks and keeps the newest complete set; closing it writes that set into the
 * header, marked clean, so H2's own open then starts from it. That scan reads the file backwards
 * block by block (minutes on a file of gigabytes), so a sequential read first
 * ({@link ChunkSurvey}) checks whether any chunk newer than the quick recovery's is on disk at
 * all; most crashes have none and skip it.
 *
 * <p>Only when nobody holds the file (no lock file: the caller clears an abandoned one first)
 * and its header lacks the clean mark; the store's own file lock keeps out a process that
 * starts at the same moment.
 */
public final class H2CrashRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(H2CrashRecovery.class);
    /** Two copies of the store header, one per 4 KB block at the start of the file. */
    private static final int HEADER_BLOCK = 4096;

    private H2CrashRecovery() {
    }

    /** What {@link #recoverIfUnclean} did. */
    public record Outcome(boolean scanned, long quickVersion, long recoveredVersion, long millis) {
        static final Outcome CLEAN = new Outcome(false, -1, -1, 0);

        /** True when H2's own quick recovery would have opened an older version than the scan found. */
        public boolean savedCommits() {
            return scanned && recoveredVersion > quickVersion;
        }
    }

    /**
     * Prepares {@code base} (the database path without {@code .mv.db}) for opening: clears a
     * lock file its holder left behind when it died, then recovers the file if it was not
     * closed cleanly.
     */
    public static Outcome prepare(Path base) {
        return prepare(base, UpgradeListener.NONE);
    }

    /** As {@link #prepare(Path)}, telling {@code listener} before a scan (it can take minutes on a large file). */
    public static Outcome prepare(Path base, UpgradeListener listener) {
        return prepare(base, null, listener);
    }

    /**
     * As {@link #prepare(Path, UpgradeListener)} for a store H2 encrypted: {@code filePassword} is
     * its file password (null for a plain store), without which its header and chunks are noise.
     */
    public static Outcome prepare(Path base, char[] filePassword, UpgradeListener listener) {
        Path lock = base.resolveSibling(base.getFileName() + ".lock.db");
        StaleH2Lock.clearIfAbandoned(lock);
        if (Files.exists(lock)) {
            return Outcome.CLEAN; // a live holder (or one H2 will wait out): the file is not ours to touch
        }
        return recoverIfUnclean(base.resolveSibling(base.getFileName() + ".mv.db"), filePassword, listener);
    }

    /** As {@link #prepare}, for the store file itself ({@code ….mv.db}) when nobody holds it. */
    public static Outcome recoverIfUnclean(Path mvFile) {
        return recoverIfUnclean(mvFile, null, UpgradeListener.NONE);
    }

    private static Outcome recoverIfUnclean(Path mvFile, char[] filePassword, UpgradeListener listener) {
        if (!Files.isRegularFile(mvFile) || closedCleanly(mvFile, filePassword)) {
            return Outcome.CLEAN;
        }
        try {
            listener.scanningAfterCrash(Files.size(mvFile) >> 20);
        } catch (IOException e) {
            listener.scanningAfterCrash(0);
        }
        long start = System.nanoTime();
        String name = mvFile.toString();
        long quick;
        try (MVStore peek = builder(name, filePassword).readOnly().open()) {
            quick = peek.getCurrentVersion(); // where H2's own quick recovery lands
        } catch (RuntimeException e) {
            quick = -1; // H2 could not even open it quickly: the scan is the only way
        }
        if (quick >= 0 && nothingNewerOnDisk(mvFile, filePassword, quick)) {
            LOG.info("{} was not closed cleanly; no commit newer than version {} is on disk ({} ms)", mvFile, quick,
                    elapsed(start));
            return new Outcome(false, quick, quick, elapsed(start));
        }
        long recovered;
        try {
            MVStore store = builder(name, filePassword).recoveryMode().autoCommitDisabled().open();
            recovered = store.getCurrentVersion();
            store.close(); // writes the recovered chunk into the header, marked clean
        } catch (RuntimeException e) {
            // another process took the file meanwhile, or the scan found nothing whole: H2's open says what is wrong
            LOG.warn("could not scan {} for its newest commit after an unclean shutdown: {}", mvFile, e.toString());
            return new Outcome(false, quick, -1, elapsed(start));
        }
        Outcome outcome = new Outcome(true, quick, recovered, elapsed(start));
        if (outcome.savedCommits()) {
            LOG.warn("{} was not closed cleanly; H2's quick recovery would have opened version {}, the scan found {}"
                    + " ({} ms): the commits in between are kept", mvFile, quick, recovered, outcome.millis());
        } else {
            LOG.info("{} was not closed cleanly; scanned it for the newest commit: version {} ({} ms)", mvFile, recovered,
                    outcome.millis());
        }
        return outcome;
    }

    /** True when the file holds no whole chunk newer than {@code version} (a read of seconds, not H2's scan of minutes). */
    private static boolean nothingNewerOnDisk(Path mvFile, char[] filePassword, long version) {
        try {
            return ChunkSurvey.newestWholeChunk(mvFile, filePassword) <= version;
        } catch (IOException e) {
            return false; // unclear: let H2's scan decide
        }
    }

    /**
     * True when both header copies carry H2's clean-shutdown mark ({@code clean:1}), which H2
     * removes with its first write after opening and writes back when it closes the store.
     */
    static boolean closedCleanly(Path mvFile) {
        return closedCleanly(mvFile, null);
    }

    static boolean closedCleanly(Path mvFile, char[] filePassword) {
        ByteBuffer both = ByteBuffer.allocate(2 * HEADER_BLOCK);
        try (FileChannel ch = H2Files.openForReading(mvFile, filePassword)) {
            while (both.hasRemaining() && ch.read(both, both.position()) > 0) {
                // a header is two whole blocks; a shorter file is not clean
            }
        } catch (IOException e) {
            return false;
        }
        if (both.hasRemaining()) {
            return false;
        }
        byte[] bytes = both.array();
        return isClean(new String(bytes, 0, HEADER_BLOCK, StandardCharsets.ISO_8859_1))
                && isClean(new String(bytes, HEADER_BLOCK, HEADER_BLOCK, StandardCharsets.ISO_8859_1));
    }

    private static boolean isClean(String block) {
        int end = block.indexOf('\n');
        if (end < 0) {
            return false;
        }
        for (String field : block.substring(0, end).split(",")) {
            if (field.startsWith("clean:")) {
                return !field.substring("clean:".length()).equals("0");
            }
        }
        return false;
    }

    /** MVStore clears the key array it is given: each open gets its own copy. */
    private static MVStore.Builder builder(String name, char[] filePassword) {
        MVStore.Builder b = new MVStore.Builder().fileName(name);
        return filePassword == null ? b : b.encryptionKey(filePassword.clone());
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
