package vn.motcua.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import vn.motcua.common.UserFacingException;

/**
 * One desktop per data directory. Taken before the database opens; released by the OS when
 * the process dies, so a crash never leaves a stale lock. The command line does not take it:
 * it reaches the open database through H2's automatic server.
 */
public final class DesktopLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DesktopLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DesktopLock acquire(DataDirectory dir) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.desktopLockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserFacingException("storage.alreadyOpen", dir.root());
            }
            return new DesktopLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new UserFacingException(e, "storage.alreadyOpen", dir.root());
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserFacingException(e, "storage.unusable", dir.root(), e.getMessage());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
