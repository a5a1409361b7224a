package vn.motcua.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;

/**
 * The PostgreSQL password in {@code settings.json}, sealed with the data directory's office key
 * (AES-256-GCM, its own purpose key), so the settings file — which backups carry and
 * administrators mail around for support — does not hand out the server's password. A password
 * written in clear by an older desk still opens, and is sealed the next time the choice is saved.
 */
final class ServerPasswords {
    static final String PREFIX = "sealed:v1:";
    private static final byte[] AAD = "motcua settings database.password".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerPasswords() {
    }

    /** {@code connection} with its password sealed by the directory's key (made now if the directory has none). */
    static ServerConnection sealed(DataDirectory dir, ServerConnection connection) {
        OfficeKeys keys = OfficeKeys.of(dir.root());
        OfficeKey key = keys.encrypted() ? keys.unlock().orElseThrow() : keys.create();
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key.subkey("settings"), nonce,
                connection.password().getBytes(StandardCharsets.UTF_8));
        String text = PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        return new ServerConnection(connection.url(), connection.user(), text);
    }

    /** {@code connection} with its password as the server wants it. */
    static ServerConnection opened(DataDirectory dir, ServerConnection connection) {
        if (!connection.password().startsWith(PREFIX)) {
            return connection; // written before passwords were sealed
        }
        OfficeKey key = OfficeKeys.of(dir.root()).unlock()
                .orElseThrow(() -> new UserFacingException("db.passwordUnreadable", dir.settingsFile()));
        byte[] all;
        try {
            all = Base64.getDecoder().decode(connection.password().substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "db.passwordUnreadable", dir.settingsFile());
        }
        if (all.length < 12 + 16) {
            throw new UserFacingException("db.passwordUnreadable", dir.settingsFile());
        }
        byte[] nonce = java.util.Arrays.copyOf(all, 12);
        byte[] sealed = java.util.Arrays.copyOfRange(all, 12, all.length);
        try {
            byte[] plain = crypt(Cipher.DECRYPT_MODE, key.subkey("settings"), nonce, sealed);
            return new ServerConnection(connection.url(), connection.user(), new String(plain, StandardCharsets.UTF_8));
        } catch (IllegalStateException e) {
            throw new UserFacingException(e, "db.passwordUnreadable", dir.settingsFile());
        }
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(AAD);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("the sealed password does not open with this office's key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java 17", e);
        }
    }
}
