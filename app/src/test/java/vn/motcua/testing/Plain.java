package vn.motcua.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.encryption.SealedFile;

/**
 * A stored document as a plain PDF a test can load: documents are sealed at rest, so a test that
 * reads the store's file gets a decrypted copy (made with the office key of the data directory the
 * file sits in), or the file itself when it is plain.
 */
public final class Plain {
    private Plain() {
    }

    public static Path of(Path storedFile) {
        try {
            if (!SealedFile.isSealed(storedFile)) {
                return storedFile;
            }
            Path copy = Files.createTempFile("plain-", ".pdf");
            copy.toFile().deleteOnExit();
            try (InputStream in = SealedFile.open(Files.newInputStream(storedFile), H2Login.officeKeyAbove(storedFile).subkey("documents"), storedFile.toString())) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path storedFile) {
        try {
            return Files.readAllBytes(of(storedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
