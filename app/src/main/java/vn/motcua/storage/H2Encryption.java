package vn.motcua.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.OfficeKey;

/**
 * Encrypting an older office's plain H2 file in place ({@code encryption enable}): H2's own
 * {@link ChangeFileEncryption} writes an encrypted copy beside the file and swaps it in, so a
 * power cut mid-way leaves the plain file (done again on the next run) or the encrypted one
 * (which {@link Database#openH2} recognises by its header). Nobody may have the file open:
 * the desktop's lock is held for the duration and a live H2 lock refuses the step.
 */
public final class H2Encryption {
    private static final Logger LOG = LoggerFactory.getLogger(H2Encryption.class);

    private H2Encryption() {
    }

    /** True when the data directory's H2 file exists and is encrypted. */
    public static boolean fileEncrypted(DataDirectory dir) {
        Path mv = mvFile(dir);
        return Files.exists(mv) && H2Files.isEncrypted(mv);
    }

    /** Encrypts the H2 file with {@code key} unless it already is; true when it converted it. */
    public static boolean encrypt(DataDirectory dir, OfficeKey key) {
        Path mv = mvFile(dir);
        if (!Files.exists(mv) || H2Files.isEncrypted(mv)) {
            return false;
        }
        try (DesktopLock desktop = DesktopLock.acquire(dir)) {
            Path lock = dir.databaseDir().resolve("motcua.lock.db");
            StaleH2Lock.clearIfAbandoned(lock);
            if (Files.exists(lock)) {
                throw new UserFacingException("encryption.databaseInUse", mv);
            }
            // a crash after the last commit: recover first, so the copy starts from the newest one
            H2CrashRecovery.recoverIfUnclean(mv);
            long start = System.nanoTime();
            ChangeFileEncryption.execute(dir.databaseDir().toString(), "motcua", "AES", null, key.h2FilePassword(), true);
            LOG.info("encrypted {} ({} ms)", mv, (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (SQLException e) {
            throw new UserFacingException(e, "encryption.convertFailed", mv, String.valueOf(e.getMessage()));
        }
    }

    private static Path mvFile(DataDirectory dir) {
        return dir.databaseDir().resolve("motcua.mv.db");
    }
}
