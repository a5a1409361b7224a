package vn.motcua.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import vn.motcua.common.UserFacingException;

/**
 * The daily backup's settings, in {@code backups/backup-schedule.json}: on or off, the time of day
 * (Vietnam time) and how many automatic backups to keep. Kept out of {@code settings.json} on
 * purpose: that file is inside every backup, and a restored office should not start backing up on
 * another PC's schedule before someone says so. Defaults: off, 17:30, keep {@value BackupService#DEFAULT_KEEP}.
 */
public record BackupSettings(boolean enabled, LocalTime at, int keep) {
    public static final LocalTime DEFAULT_AT = LocalTime.of(17, 30);
    private static final ObjectMapper JSON = new ObjectMapper();

    public BackupSettings {
        if (keep < 1 || keep > 365) {
            throw new UserFacingException("backup.keepOutOfRange", String.valueOf(keep));
        }
    }

    /** Where a data directory keeps them. */
    public static Path fileOf(vn.motcua.storage.DataDirectory dir) {
        return dir.backups().resolve("backup-schedule.json");
    }

    public static BackupSettings defaults() {
        return new BackupSettings(false, DEFAULT_AT, BackupService.DEFAULT_KEEP);
    }

    /** The saved settings, or the defaults when there are none; a damaged file is refused with its path. */
    public static BackupSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        try {
            ObjectNode n = (ObjectNode) JSON.readTree(file.toFile());
            return new BackupSettings(n.path("enabled").asBoolean(false), LocalTime.parse(n.path("at").asText(DEFAULT_AT.toString())),
                    n.path("keep").asInt(BackupService.DEFAULT_KEEP));
        } catch (IOException | ClassCastException | DateTimeParseException e) {
            throw new UserFacingException(e, "backup.settingsUnreadable", file);
        }
    }

    public void save(Path file) {
        ObjectNode n = JSON.createObjectNode().put("enabled", enabled).put("at", at.toString()).put("keep", keep);
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), n);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.settingsUnwritable", file);
        }
    }

    /** Parses "HH:mm" as typed on the command line, naming the field when it is wrong. */
    public static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "backup.timeInvalid", text);
        }
    }
}
