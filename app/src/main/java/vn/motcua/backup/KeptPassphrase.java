package vn.motcua.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.motcua.common.AtomicFile;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.SealedText;
import vn.motcua.storage.DataDirectory;

/**
 * The daily backup's passphrase, kept for the schedule so nobody has to type it at 17:30: sealed
 * with the office key in {@code backups/backup-passphrase.json} (set by
 * {@code backup schedule --passphrase-stdin}). Only this PC, holding the key, opens it; the backup
 * files it protects can still be opened anywhere by a person who knows the phrase.
 */
public final class KeptPassphrase {
    private static final String PURPOSE = "backup passphrase";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final OfficeKey key;

    public KeptPassphrase(DataDirectory dir, OfficeKey key) {
        this.file = dir.backups().resolve("backup-passphrase.json");
        this.key = key;
    }

    public Path file() {
        return file;
    }

    /** Keeps {@code passphrase} (at least {@link BackupService#MIN_PASSPHRASE} characters). */
    public void keep(char[] passphrase) {
        if (passphrase == null || new String(passphrase).strip().length() < BackupService.MIN_PASSPHRASE) {
            throw new UserFacingException("backup.passphraseTooShort", String.valueOf(BackupService.MIN_PASSPHRASE));
        }
        ObjectNode json = JSON.createObjectNode();
        json.put("passphrase", SealedText.seal(key, PURPOSE, new String(passphrase)));
        try {
            AtomicFile.write(file, out -> out.write(JSON.writeValueAsBytes(json)));
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.settingsUnwritable", file);
        }
    }

    /** The kept passphrase, or empty when none is kept or it does not open with this key. */
    public Optional<char[]> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String sealed = JSON.readTree(file.toFile()).path("passphrase").asText(null);
            return SealedText.open(key, PURPOSE, sealed).map(String::toCharArray);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean isKept() {
        return read().isPresent();
    }
}
