package vn.motcua.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import vn.motcua.common.Language;

/**
 * The desk's own preferences ({@code settings.json} in the data directory). Keys this version
 * does not know are kept as they are, so an older desk never erases a newer desk's settings.
 */
public final class Settings {
    private final ObjectNode node;

    Settings(ObjectNode node) {
        this.node = node;
    }

    public static Settings defaults() {
        return new Settings(JsonNodeFactory.instance.objectNode());
    }

    public Language language() {
        return Language.fromTag(node.path("language").asText(null));
    }

    public Settings withLanguage(Language language) {
        ObjectNode copy = node.deepCopy();
        copy.put("language", language.tag());
        return new Settings(copy);
    }

    /** How long a scan command may run before it is stopped, when the desk has not said. */
    public static final int DEFAULT_SCAN_TIMEOUT_SECONDS = 120;

    /** The folder the office's scanner software writes into, or null when the desk watches none. */
    public Path hotFolder() {
        String text = text("hotFolder");
        if (text == null) {
            return null;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null; // written on another OS: the desk simply watches nothing until it is set again
        }
    }

    public Settings withHotFolder(Path folder) {
        return with("hotFolder", folder == null ? null : folder.toAbsolutePath().toString());
    }

    /** The scanner's command line with {@code {out}} where the output file goes, or null when none is set. */
    public String scanCommand() {
        return text("scanCommand");
    }

    public Settings withScanCommand(String commandLine) {
        return with("scanCommand", commandLine == null || commandLine.isBlank() ? null : commandLine.strip());
    }

    /** Seconds a scan command may run; {@value #DEFAULT_SCAN_TIMEOUT_SECONDS} when unset or not a positive number. */
    public int scanTimeoutSeconds() {
        JsonNode value = node.path("scanTimeoutSeconds");
        return value.canConvertToInt() && value.asInt() > 0 ? value.asInt() : DEFAULT_SCAN_TIMEOUT_SECONDS;
    }

    public Settings withScanTimeoutSeconds(int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("a scan timeout is a positive number of seconds: " + seconds);
        }
        ObjectNode copy = node.deepCopy();
        copy.put("scanTimeoutSeconds", seconds);
        return new Settings(copy);
    }

    /**
     * Whether this desk makes the searchable text layer (OCR) in the background; on by default.
     * A slow desk can turn it off so the scans are recognized on another one.
     */
    public boolean ocrEnabled() {
        JsonNode value = node.path("ocrEnabled");
        return !value.isBoolean() || value.asBoolean();
    }

    public Settings withOcrEnabled(boolean enabled) {
        ObjectNode copy = node.deepCopy();
        copy.put("ocrEnabled", enabled);
        return new Settings(copy);
    }

    /**
     * The office's PostgreSQL server when this desk works on one (set by {@code db configure}),
     * or null for the default H2 file in the data directory.
     */
    public ServerConnection serverConnection() {
        JsonNode db = node.path("database");
        if (!"postgresql".equals(db.path("vendor").asText(null)) || !db.path("url").isTextual()) {
            return null;
        }
        try {
            return new ServerConnection(db.path("url").asText(), db.path("user").asText(""), db.path("password").asText(""));
        } catch (IllegalArgumentException e) {
            return null; // a hand-edited URL that is not PostgreSQL's: the desk stays on H2
        }
    }

    /** Settings that open {@code connection} from now on; null returns to the H2 file. */
    public Settings withServerConnection(ServerConnection connection) {
        ObjectNode copy = node.deepCopy();
        if (connection == null) {
            copy.remove("database");
        } else {
            ObjectNode db = copy.putObject("database");
            db.put("vendor", "postgresql");
            db.put("url", connection.url());
            db.put("user", connection.user());
            db.put("password", connection.password());
        }
        return new Settings(copy);
    }

    private String text(String key) {
        JsonNode value = node.path(key);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private Settings with(String key, String value) {
        ObjectNode copy = node.deepCopy();
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Settings(copy);
    }

    ObjectNode json() {
        return node.deepCopy();
    }
}
