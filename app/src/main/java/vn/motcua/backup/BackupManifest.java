package vn.motcua.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The table of contents sealed at the start of a backup's content: every part with its path in
 * the data directory, size and SHA-256, in the order the parts follow. Verify and restore hash
 * each part as it streams past and compare. Paths are checked against the few a backup may hold,
 * so a restore only ever writes inside the target's own folders.
 */
record BackupManifest(int format, String createdAt, String application, String schema, List<Part> parts) {
    /** The H2 database as H2's {@code BACKUP TO} wrote it (a zip holding {@code motcua.mv.db}). */
    static final String DATABASE = "db/motcua.zip";
    /**
     * The office key (raw, 32 bytes) of an encrypted office: the backup passphrase then opens the
     * database and the documents on any PC. Restore keeps it on the PC ({@code MachineKeys}),
     * never as a file in the data directory.
     */
    static final String OFFICE_KEY = "keys/office.key";
    static final Pattern DOCUMENT = Pattern.compile("documents/sha256/([0-9a-f]{2})/\\1[0-9a-f]{62}\\.pdf");
    /** Small office files kept beside the database (language, chosen printer…; index-766 weights). */
    static final List<String> OFFICE_FILES = List.of(String.join(".", "settings", "json"), "index-766.json",
            "keys/office-key.json"); // joined: not a message key
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One part. {@code sealed}: a document stored encrypted; its name (and {@code sha256}) is the
     * plain PDF's hash, not its bytes', so it is not re-hashed on reading: the backup's own
     * authenticated encryption proves the copy, the integrity check the stored original.
     */
    record Part(String path, long size, String sha256, boolean sealed) {
        boolean isDocument() {
            return DOCUMENT.matcher(path).matches();
        }

        boolean allowed() {
            return size >= 0 && sha256 != null && sha256.matches("[0-9a-f]{64}")
                    && (path.equals(DATABASE) || path.equals(OFFICE_KEY) || OFFICE_FILES.contains(path) || isDocument());
        }
    }

    long contentBytes() {
        return parts.stream().mapToLong(Part::size).sum();
    }

    long documents() {
        return parts.stream().filter(Part::isDocument).count();
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a record of strings and numbers always serializes", e);
        }
    }

    static BackupManifest fromJson(byte[] json) throws IOException {
        return JSON.readValue(json, BackupManifest.class);
    }
}
