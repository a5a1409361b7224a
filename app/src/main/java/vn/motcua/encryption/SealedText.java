package vn.motcua.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * A short secret kept in a settings file (a server password, the daily backup's passphrase),
 * sealed with the office key: {@code sealed:v1:} + Base64(nonce ‖ AES-256-GCM ciphertext), under
 * the purpose's own key and with the purpose as associated data, so a value cannot be moved from
 * one field to another.
 */
public final class SealedText {
    public static final String PREFIX = "sealed:v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedText() {
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public static String seal(OfficeKey key, String purpose, String text) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, purpose, nonce, text.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }

    /** The text, or empty when {@code value} is not a sealed text this key opens for this purpose. */
    public static Optional<String> open(OfficeKey key, String purpose, String value) {
        if (!isSealed(value)) {
            return Optional.empty();
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (all.length < 12 + 16) {
            return Optional.empty();
        }
        byte[] plain = crypt(Cipher.DECRYPT_MODE, key, purpose, Arrays.copyOf(all, 12), Arrays.copyOfRange(all, 12, all.length));
        return plain == null ? Optional.empty() : Optional.of(new String(plain, StandardCharsets.UTF_8));
    }

    private static byte[] crypt(int mode, OfficeKey key, String purpose, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.subkey("text " + purpose), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            return null; // another key, another purpose, or an edited value
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java 17", e);
        }
    }
}
