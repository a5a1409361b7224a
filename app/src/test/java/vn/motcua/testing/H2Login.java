package vn.motcua.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;

/**
 * A test's own JDBC connection to an office's H2 file, encrypted or not: new offices are
 * encrypted with their office key (found through the {@code keys/} folder of the data directory
 * the file sits in, or one above it, as a restored backup's copy does).
 */
public final class H2Login {
    private H2Login() {
    }

    /** {@code base}: the file without {@code .mv.db}; {@code options}: ";AUTO_SERVER=TRUE" and the like. */
    public static String url(Path base, String options) {
        return "jdbc:h2:file:" + base + options + (key(base) != null ? ";CIPHER=AES" : "");
    }

    public static String password(Path base) {
        OfficeKey key = key(base);
        return key == null ? "" : new String(key.h2FilePassword()) + " ";
    }

    public static Connection connect(Path base, String options) throws SQLException {
        return DriverManager.getConnection(url(base, options), "sa", password(base));
    }

    private static OfficeKey key(Path base) {
        Path mv = Path.of(base + ".mv.db");
        if (!encrypted(mv)) {
            return null;
        }
        return officeKeyAbove(mv);
    }

    /** The office key of the data directory {@code file} sits in (or one above it, as a restored copy does). */
    public static OfficeKey officeKeyAbove(Path file) {
        for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            OfficeKeys keys = OfficeKeys.of(dir);
            if (keys.encrypted()) {
                return keys.unlock().orElseThrow();
            }
        }
        throw new IllegalStateException("no office key above " + file);
    }

    private static boolean encrypted(Path mv) {
        try (InputStream in = Files.newInputStream(mv)) {
            return Arrays.equals(in.readNBytes(10), "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }
}
