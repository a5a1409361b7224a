package vn.motcua.backup;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.common.Text;

/**
 * The two keys of one backup file, stretched from the passphrase with PBKDF2-HMAC-SHA256 and the
 * file's random salt: the AES-256 key that seals the content and a separate key whose HMAC of the
 * header tells a wrong passphrase apart from a damaged file before any content is read.
 * The passphrase is NFC-normalized first, so "Hà Nội" typed with combining marks is the same phrase.
 */
record BackupKey(SecretKeySpec content, SecretKeySpec check) {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a second or so on an office PC, once per file. */
    static final int ITERATIONS = 600_000;

    static BackupKey derive(char[] passphrase, byte[] salt, int iterations) {
        char[] normalized = Text.nfc(new String(passphrase)).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, 512);
        byte[] both = null;
        try {
            both = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new BackupKey(new SecretKeySpec(both, 0, 32, "AES"), new SecretKeySpec(both, 32, 32, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(normalized, '\0');
            if (both != null) {
                Arrays.fill(both, (byte) 0);
            }
        }
    }
}
