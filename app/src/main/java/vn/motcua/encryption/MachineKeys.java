package vn.motcua.encryption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.common.AtomicFile;

/**
 * Where this PC keeps the office keys it may use without asking anyone: one owner-only file per
 * key, named by the key's id, in the OS user's configuration folder — outside the data directory,
 * so a copied data directory or disk image carries the encrypted data but not its key.
 * Linux {@code $XDG_CONFIG_HOME/motcua/keys}, Windows {@code %APPDATA%\MotCua\keys}, macOS
 * {@code ~/Library/Preferences/MotCua/keys}; {@code MOTCUA_KEYS} overrides (tests, a second office).
 *
 * <p>This is the "OS key store" of the design, at its plainest: anyone who can log in as this OS
 * user can read it, as with the browsers' and mail clients' stores on Linux without a keyring.
 * Moving it into the Windows Credential Manager / macOS Keychain needs native calls Java 17 does
 * not offer; the administrator's recovery passphrase ({@link OfficeKeys}) covers a lost PC.
 */
public record MachineKeys(Path folder) {

    public static MachineKeys forThisUser() {
        return new MachineKeys(folder(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home")));
    }

    static Path folder(Map<String, String> env, String osName, String userHome) {
        String override = env.get("MOTCUA_KEYS");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String roaming = env.get("APPDATA");
            Path base = roaming != null && !roaming.isBlank() ? Path.of(roaming) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("MotCua").resolve("keys");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Preferences", "MotCua", "keys");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve("motcua").resolve("keys");
    }

    public Path fileOf(String keyId) {
        return folder.resolve(keyId + ".key");
    }

    /** The key with this id, if this PC holds it and it is the key the id names. */
    public Optional<OfficeKey> find(String keyId) {
        Path file = fileOf(keyId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            OfficeKey key = OfficeKey.of(raw);
            return key.id().equals(keyId) ? Optional.of(key) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // unreadable or damaged: as if absent, the passphrase recovers it
        }
    }

    /** Keeps {@code key} on this PC (owner-only, written whole or not at all). */
    public void keep(OfficeKey key) throws IOException {
        Files.createDirectories(folder);
        ownerOnly(folder, "rwx------");
        Path file = fileOf(key.id());
        AtomicFile.write(file, out -> out.write((Base64.getEncoder().encodeToString(key.bytes()) + "\n")
                .getBytes(StandardCharsets.US_ASCII)));
        ownerOnly(file, "rw-------");
    }

    private static void ownerOnly(Path path, String mode) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
        // Windows: the user profile's ACL (owner, SYSTEM, administrators) is inherited
    }
}
