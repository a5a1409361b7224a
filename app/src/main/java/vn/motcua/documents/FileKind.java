package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.motcua.common.UserFacingException;

/**
 * The real type of a scanned or chosen file, read from its first bytes (magic numbers), never
 * from its name: scanner software and clerks rename files, and a ".jpg" may be anything.
 */
public enum FileKind {
    JPEG, PNG, TIFF, PDF;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    /** The kind of {@code file}; a zero-byte or unknown file is refused with a sentence naming it. */
    public static FileKind sniff(Path file) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.unreadable", name(file), String.valueOf(e.getMessage()));
        }
        if (n == 0) {
            throw new UserFacingException("documents.empty", name(file));
        }
        FileKind kind = of(Arrays.copyOf(head, n));
        if (kind == null) {
            throw new UserFacingException("documents.unknownType", name(file));
        }
        return kind;
    }

    /** The kind the leading bytes announce, or null. */
    static FileKind of(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (startsWith(head, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(head, TIFF_LE) || startsWith(head, TIFF_BE)) {
            return TIFF;
        }
        if (startsWith(head, PDF_MAGIC)) {
            return PDF;
        }
        return null;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String name(Path file) {
        Path f = file.getFileName();
        return f == null ? file.toString() : f.toString();
    }
}
