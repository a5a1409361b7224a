package vn.motcua.storage;

import java.nio.file.Path;
import java.util.Optional;
import vn.motcua.common.Messages;

/**
 * What one start-up did to an existing database: the schema versions before and after and the
 * verified backup made first. No backup means a PostgreSQL server, whose backups are its
 * administrator's job; {@link #note} says so in words a desk can show.
 */
public record SchemaUpgrade(String from, String to, Path backupFile, String location) {
    /** The zip of the database as it was before the upgrade (H2 only). */
    public Optional<Path> backup() {
        return Optional.ofNullable(backupFile);
    }

    /** One sentence for the clerk: upgraded, and where the backup is or why there is none. */
    public String note(Messages messages) {
        return backupFile != null
                ? messages.get("storage.upgrade.done", from, to, backupFile.toString())
                : messages.get("storage.upgrade.doneWithoutBackup", location, from, to);
    }
}
