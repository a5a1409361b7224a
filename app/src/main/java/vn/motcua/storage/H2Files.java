package vn.motcua.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/** Reading an H2 store file the way H2 sees it: through its AES layer when the file is encrypted. */
final class H2Files {
    /** The first bytes of a file H2 encrypted ({@code CIPHER=AES}); a plain store starts with {@code H:2,}. */
    private static final byte[] ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);

    private H2Files() {
    }

    static boolean isEncrypted(Path mvFile) {
        try (var in = Files.newInputStream(mvFile)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED.length), ENCRYPTED);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A read-only channel on the store's plain pages: {@code filePassword} null for a plain file,
     * else H2's file password (MVStore's {@code encryptionKey}); positions are those H2 uses.
     */
    static FileChannel openForReading(Path mvFile, char[] filePassword) throws IOException {
        FileChannel raw = FileChannel.open(mvFile, StandardOpenOption.READ);
        if (filePassword == null) {
            return raw;
        }
        try {
            return new FileEncrypt(mvFile.toString(), FilePathEncrypt.getPasswordBytes(filePassword.clone()), raw);
        } catch (RuntimeException e) {
            raw.close();
            throw new IOException("cannot read the encrypted store " + mvFile + ": " + e.getMessage(), e);
        }
    }
}
