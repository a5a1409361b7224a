package vn.motcua.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.motcua.common.UserFacingException;

/**
 * The office's data directory: the H2 file, documents, logs, backups and settings live here.
 * Chosen by {@code --data-dir}, else {@code MOTCUA_HOME}, else the OS user-data location.
 */
public record DataDirectory(Path root) {
    /** Below this much free space the desk refuses to start rather than fail mid-dossier. */
    static final long DEFAULT_MIN_FREE_BYTES = 50L * 1024 * 1024;

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Resolves the directory: the explicit option wins, then {@code MOTCUA_HOME}, then the OS
     * default ({@code $XDG_DATA_HOME/motcua}, {@code %LOCALAPPDATA%\MotCua},
     * {@code ~/Library/Application Support/MotCua}).
     */
    public static DataDirectory resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return new DataDirectory(option);
        }
        String home = env.get("MOTCUA_HOME");
        if (home != null && !home.isBlank()) {
            return new DataDirectory(Path.of(home));
        }
        return new DataDirectory(osDefault(env, osName, userHome));
    }

    public static DataDirectory resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("MotCua");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "MotCua");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("motcua");
    }

    public Path databaseDir() {
        return root.resolve("db");
    }

    /** H2 file base name (H2 appends {@code .mv.db}). */
    public Path databaseFile() {
        return databaseDir().resolve("motcua");
    }

    public boolean databaseExists() {
        return Files.exists(databaseDir().resolve("motcua.mv.db"));
    }

    public Path documents() {
        return root.resolve("documents");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /**
     * One line per printed receipt, forced to disk beside (not inside) the database: what lets a
     * desk notice a receipt its database no longer holds (see {@code dossier.ReceiptJournal}).
     */
    public Path receiptJournal() {
        return databaseDir().resolve("receipts.journal");
    }

    /** Unsaved work of the screens (the intake form's autosaved draft), created on first use. */
    public Path drafts() {
        return root.resolve("drafts");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    public Path desktopLockFile() {
        return root.resolve("desktop.lock");
    }

    /**
     * Creates the layout and proves it is writable and has room, so a read-only or full disk
     * is reported up front with the path instead of as a database error later.
     */
    public DataDirectory prepare() {
        return prepare(minFreeBytes());
    }

    DataDirectory prepare(long minFreeBytes) {
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new UserFacingException("storage.notADirectory", root);
            }
            for (Path p : new Path[] {root, databaseDir(), documents(), logs(), backups()}) {
                Files.createDirectories(p);
            }
            Path probe = Files.createTempFile(root, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException e) {
            throw new UserFacingException(e, "storage.readOnly", root);
        } catch (FileSystemException e) {
            throw classify(e);
        } catch (IOException e) {
            throw new UserFacingException(e, "storage.unusable", root, e.getMessage());
        }
        long free = freeBytes();
        if (free >= 0 && free < minFreeBytes) {
            throw new UserFacingException("storage.diskFull", root, free / (1024 * 1024));
        }
        return this;
    }

    private UserFacingException classify(FileSystemException e) {
        String reason = String.valueOf(e.getReason()).toLowerCase(java.util.Locale.ROOT);
        if (reason.contains("read-only") || reason.contains("permission")) {
            return new UserFacingException(e, "storage.readOnly", root);
        }
        if (reason.contains("no space") || reason.contains("quota")) {
            return new UserFacingException(e, "storage.diskFull", root, 0);
        }
        return new UserFacingException(e, "storage.unusable", root, e.getReason());
    }

    /** Usable bytes on the directory's file store, or -1 when it cannot be read. */
    public long freeBytes() {
        try {
            return Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long minFreeBytes() {
        return Long.getLong("motcua.minFreeBytes", DEFAULT_MIN_FREE_BYTES);
    }
}
