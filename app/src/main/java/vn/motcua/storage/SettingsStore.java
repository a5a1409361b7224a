package vn.motcua.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.motcua.common.Language;
import vn.motcua.common.UserFacingException;

/**
 * Reads and writes {@code settings.json}. A corrupt file is reported with its path and never
 * overwritten silently: saving over it first moves it aside as {@code settings.json.broken-…}.
 */
public final class SettingsStore {
    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Only the interface language, read with Jackson's streaming parser: the log-in window needs
     * nothing more, and data binding costs ~100 ms of class loading on a 2-core PC, which the
     * desk spends after its first frame ({@link #load()}). Vietnamese when the file is absent or
     * unreadable; {@link #load()} reports a damaged file.
     */
    public Language language() {
        if (!Files.exists(file)) {
            return Language.VI;
        }
        String tag = null;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Language.VI;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("language".equals(name)) {
                    tag = value.isScalarValue() ? p.getText() : null; // the last one wins, as in load()
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException damaged) {
            return Language.VI;
        }
        return Language.fromTag(tag);
    }

    /** The stored settings, defaults when there is no file; a clear error when it is corrupt. */
    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            JsonNode node = Mapper.JSON.readTree(Files.readString(file));
            if (node == null || node.isMissingNode() || node.isNull()) {
                return Settings.defaults();
            }
            if (!(node instanceof ObjectNode object)) {
                throw new UserFacingException("settings.corrupt", file, "not a JSON object");
            }
            return new Settings(object);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "settings.corrupt", file, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserFacingException(e, "settings.unreadable", file, e.getMessage());
        }
    }

    /** Writes atomically (temp file + move), so a crash mid-save leaves the old file whole. */
    public void save(Settings settings) {
        try {
            if (Files.exists(file) && !isReadable()) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".broken-" + System.currentTimeMillis()));
            }
            Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            ownerOnly(tmp); // it may hold the PostgreSQL password (sealed with the office key: ServerPasswords)
            Files.writeString(tmp, Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(settings.json()));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "settings.unwritable", file, e.getMessage());
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        // Windows: the file inherits the user profile's ACL (owner, SYSTEM, administrators)
    }

    private boolean isReadable() {
        try {
            load();
            return true;
        } catch (UserFacingException e) {
            return false;
        }
    }

    /** Built on first use: see {@link #language()}. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
