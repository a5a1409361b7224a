package vn.motcua.encryption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import vn.motcua.common.AtomicFile;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/**
 * The office key of one data directory. {@code keys/office-key.json} in the data directory says
 * the office is encrypted and which key it uses (its id) and may hold a recovery slot: the key
 * wrapped (AES-256-GCM) with a key stretched from the administrator's recovery passphrase
 * (PBKDF2-HMAC-SHA256, 600,000 rounds). The key itself lives on this PC in {@link MachineKeys}.
 *
 * <p>Recovery, when the PC that held the key is gone: restore a backup (a backup carries the key,
 * sealed by the backup passphrase), or copy the data directory and run
 * {@code encryption unlock --passphrase-stdin} with the recovery passphrase.
 */
public final class OfficeKeys {
    /** Same floor as the backup passphrase: this one opens every dossier of the office. */
    public static final int MIN_PASSPHRASE = 10;
    static final int ITERATIONS = 600_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What {@code encryption status} and the doctor report. */
    public record Status(boolean encrypted, String keyId, boolean onThisPc, boolean recoverySlot) {
    }

    private final Path file;
    private final MachineKeys machine;

    public OfficeKeys(Path dataRoot, MachineKeys machine) {
        this.file = dataRoot.resolve("keys").resolve("office-key.json");
        this.machine = machine;
    }

    public static OfficeKeys of(Path dataRoot) {
        return new OfficeKeys(dataRoot, MachineKeys.forThisUser());
    }

    public Path file() {
        return file;
    }

    public MachineKeys machine() {
        return machine;
    }

    /** True once the office has a key (new offices from the start; older ones after {@code encryption enable}). */
    public boolean encrypted() {
        return Files.exists(file);
    }

    public Status status() {
        if (!encrypted()) {
            return new Status(false, null, false, false);
        }
        ObjectNode json = read();
        String id = json.path("keyId").asText();
        return new Status(true, id, machine.find(id).isPresent(), json.hasNonNull("recovery"));
    }

    /** The office's key; empty when the office is not encrypted; refused when this PC does not hold it. */
    public Optional<OfficeKey> unlock() {
        if (!encrypted()) {
            return Optional.empty();
        }
        String id = read().path("keyId").asText();
        return Optional.of(machine.find(id)
                .orElseThrow(() -> new UserFacingException("encryption.keyNotOnThisPc", id, machine.fileOf(id))));
    }

    /** A new key for a new office (or one being encrypted), kept on this PC first, then named in the data directory. */
    public OfficeKey create() {
        if (encrypted()) {
            throw new IllegalStateException("this office already has a key: " + file);
        }
        OfficeKey key = OfficeKey.generate();
        install(key);
        return key;
    }

    /**
     * Makes {@code key} this data directory's key on this PC: a restored backup's key, or the one
     * {@link #create} made. An existing key file naming another key is refused.
     */
    public void install(OfficeKey key) {
        try {
            machine.keep(key);
            if (encrypted()) {
                String id = read().path("keyId").asText();
                if (!id.equals(key.id())) {
                    throw new UserFacingException("encryption.otherKey", file, id, key.id());
                }
                return;
            }
            ObjectNode json = JSON.createObjectNode();
            json.put("format", 1);
            json.put("keyId", key.id());
            json.put("createdAt", Instant.now().toString());
            json.putNull("recovery");
            write(json);
        } catch (IOException e) {
            throw new UserFacingException(e, "encryption.keyUnwritable", file, String.valueOf(e.getMessage()));
        }
    }

    /** Sets (or replaces) the recovery passphrase of the office's key. */
    public void setRecoveryPassphrase(OfficeKey key, char[] passphrase) {
        checkLength(passphrase);
        ObjectNode json = read();
        if (!json.path("keyId").asText().equals(key.id())) {
            throw new UserFacingException("encryption.otherKey", file, json.path("keyId").asText(), key.id());
        }
        byte[] salt = random(16);
        byte[] nonce = random(12);
        byte[] wrapped = crypt(Cipher.ENCRYPT_MODE, passphrase, salt, nonce, key.id(), key.bytes());
        ObjectNode slot = json.putObject("recovery");
        slot.put("kdf", "PBKDF2WithHmacSHA256");
        slot.put("iterations", ITERATIONS);
        slot.put("salt", Base64.getEncoder().encodeToString(salt));
        slot.put("nonce", Base64.getEncoder().encodeToString(nonce));
        slot.put("wrapped", Base64.getEncoder().encodeToString(wrapped));
        slot.put("setAt", Instant.now().toString());
        try {
            write(json);
        } catch (IOException e) {
            throw new UserFacingException(e, "encryption.keyUnwritable", file, String.valueOf(e.getMessage()));
        }
    }

    /** Opens the recovery slot with {@code passphrase} and keeps the key on this PC from now on. */
    public OfficeKey unlockWithPassphrase(char[] passphrase) {
        if (!encrypted()) {
            throw new UserFacingException("encryption.notEncrypted", file);
        }
        ObjectNode json = read();
        String id = json.path("keyId").asText();
        if (!json.hasNonNull("recovery")) {
            throw new UserFacingException("encryption.noRecovery", id);
        }
        var slot = json.get("recovery");
        byte[] raw = crypt(Cipher.DECRYPT_MODE, passphrase, b64(slot, "salt"), b64(slot, "nonce"), id, b64(slot, "wrapped"),
                slot.path("iterations").asInt(ITERATIONS));
        OfficeKey key = OfficeKey.of(raw);
        Arrays.fill(raw, (byte) 0);
        if (!key.id().equals(id)) {
            throw new UserFacingException("encryption.keyFileDamaged", file, "the recovered key is not " + id);
        }
        install(key);
        return key;
    }

    static void checkLength(char[] passphrase) {
        if (passphrase == null || new String(passphrase).strip().length() < MIN_PASSPHRASE) {
            throw new UserFacingException("encryption.passphraseTooShort", String.valueOf(MIN_PASSPHRASE));
        }
    }

    private byte[] crypt(int mode, char[] passphrase, byte[] salt, byte[] nonce, String keyId, byte[] input) {
        return crypt(mode, passphrase, salt, nonce, keyId, input, ITERATIONS);
    }

    private byte[] crypt(int mode, char[] passphrase, byte[] salt, byte[] nonce, String keyId, byte[] input, int iterations) {
        char[] normalized = Text.nfc(new String(passphrase)).toCharArray(); // "Hà Nội" typed either way is one phrase
        PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, 256);
        byte[] kek = null;
        try {
            kek = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new UserFacingException("encryption.wrongPassphrase", file);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and AES/GCM are part of every Java 17", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(normalized, '\0');
            if (kek != null) {
                Arrays.fill(kek, (byte) 0);
            }
        }
    }

    private ObjectNode read() {
        try {
            var node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!(node instanceof ObjectNode o) || !o.path("keyId").asText().matches("[0-9a-f]{16}")) {
                throw new UserFacingException("encryption.keyFileDamaged", file, "no key id");
            }
            return o;
        } catch (IOException e) {
            throw new UserFacingException(e, "encryption.keyFileDamaged", file, String.valueOf(e.getMessage()));
        }
    }

    private void write(ObjectNode json) throws IOException {
        AtomicFile.write(file, out -> out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json)));
    }

    private byte[] b64(com.fasterxml.jackson.databind.JsonNode slot, String field) {
        try {
            return Base64.getDecoder().decode(slot.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("encryption.keyFileDamaged", file, "recovery." + field + ": " + e.getMessage());
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
