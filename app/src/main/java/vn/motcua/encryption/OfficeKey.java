package vn.motcua.encryption;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The office's data key: 32 random bytes from which every key that encrypts something at rest is
 * derived (HMAC-SHA256 of a purpose name), so the H2 file, the document store and the intake drafts
 * never share a key, and one key file ({@link OfficeKeys}) unlocks them all. The key itself is
 * never written in clear inside the data directory: a copied data directory, a stolen disk image
 * or a lost backup disk does not carry it.
 */
public final class OfficeKey {
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] material;

    private OfficeKey(byte[] material) {
        if (material.length != BYTES) {
            throw new IllegalArgumentException("an office key is " + BYTES + " bytes, not " + material.length);
        }
        this.material = material.clone();
    }

    public static OfficeKey generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new OfficeKey(b);
    }

    public static OfficeKey of(byte[] material) {
        return new OfficeKey(material);
    }

    /** A short public name of the key (not secret): which machine-slot file belongs to which office. */
    public String id() {
        return HexFormat.of().formatHex(Arrays.copyOf(derive("key id"), 8));
    }

    /**
     * H2's file password ({@code CIPHER=AES}; the part before the space in the JDBC password, and
     * MVStore's {@code encryptionKey} when the file is opened directly).
     */
    public char[] h2FilePassword() {
        return HexFormat.of().formatHex(derive("h2 file")).toCharArray();
    }

    /** An AES-256 key for one purpose ({@code "documents"}, {@code "drafts"}, …). */
    public SecretKey subkey(String purpose) {
        return new SecretKeySpec(derive("aes " + purpose), "AES");
    }

    /** The raw key, for wrapping it into a key slot or a backup. */
    public byte[] bytes() {
        return material.clone();
    }

    private byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return mac.doFinal(("motcua " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
        }
    }

    @Override
    public String toString() {
        return "OfficeKey[" + id() + "]"; // never the material
    }
}
