package vn.motcua.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this desk knows about its backups, in {@code backups/backup-records.json}: the last good
 * backup (written whole, or verified) that the doctor watches, the files made here (also those
 * written elsewhere with {@code --out}, for {@code backup list}) and when each last passed verify.
 * A plain file, not a table: the doctor reads it when the database cannot be opened, and it holds
 * file names and times only. A damaged record file counts as "no record", never as an error.
 */
public final class BackupRecords {
    private static final Logger LOG = LoggerFactory.getLogger(BackupRecords.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The newest backup known to be whole; {@code at} is when its snapshot was taken. */
    public record LastGood(Instant at, Path file) {
    }

    private final Path file;

    public BackupRecords(Path file) {
        this.file = file;
    }

    public synchronized Optional<LastGood> lastGood() {
        ObjectNode root = load();
        if (!root.has("lastGood")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LastGood(Instant.parse(root.get("lastGood").get("at").asText()),
                    Path.of(root.get("lastGood").get("file").asText())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** When the newest automatic backup was made (what the scheduler compares with its slot). */
    public synchronized Optional<Instant> lastAutomatic() {
        ObjectNode root = load();
        return root.has("lastAutomatic") ? Optional.of(Instant.parse(root.get("lastAutomatic").asText())) : Optional.empty();
    }

    /** Files created by this desk, oldest first. */
    public synchronized Map<Path, Instant> created() {
        Map<Path, Instant> files = new LinkedHashMap<>();
        load().withObject("/created").fields().forEachRemaining(e -> files.put(Path.of(e.getKey()), Instant.parse(e.getValue().asText())));
        return files;
    }

    public synchronized Optional<Instant> verifiedAt(Path backup) {
        ObjectNode verified = load().withObject("/verified");
        String key = backup.toAbsolutePath().normalize().toString();
        return verified.has(key) ? Optional.of(Instant.parse(verified.get(key).asText())) : Optional.empty();
    }

    synchronized void created(Path backup, Instant at, BackupKind kind) {
        ObjectNode root = load();
        root.withObject("/created").put(backup.toAbsolutePath().normalize().toString(), at.toString());
        if (kind == BackupKind.AUTOMATIC) {
            root.put("lastAutomatic", at.toString());
        }
        good(root, backup, at);
        save(root);
    }

    /** {@code backup}, made at {@code createdAt}, read back whole at {@code verifiedAt}. */
    synchronized void verified(Path backup, Instant createdAt, Instant verifiedAt) {
        ObjectNode root = load();
        root.withObject("/verified").put(backup.toAbsolutePath().normalize().toString(), verifiedAt.toString());
        good(root, backup, createdAt);
        save(root);
    }

    synchronized void forget(Path backup) {
        ObjectNode root = load();
        String key = backup.toAbsolutePath().normalize().toString();
        root.withObject("/created").remove(key);
        root.withObject("/verified").remove(key);
        save(root);
    }

    private static void good(ObjectNode root, Path backup, Instant at) {
        if (root.has("lastGood") && Instant.parse(root.get("lastGood").get("at").asText()).isAfter(at)) {
            return;
        }
        root.putObject("lastGood").put("at", at.toString()).put("file", backup.toAbsolutePath().normalize().toString());
    }

    private ObjectNode load() {
        if (!Files.isRegularFile(file)) {
            return JSON.createObjectNode();
        }
        try {
            return (ObjectNode) JSON.readTree(file.toFile());
        } catch (IOException | ClassCastException e) {
            LOG.warn("could not read the backup records {}: {}", file, e.toString());
            return JSON.createObjectNode();
        }
    }

    private void save(ObjectNode root) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not write the backup records {}: {}", file, e.toString());
        }
    }
}
