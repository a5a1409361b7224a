package vn.motcua.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.logging.Logging;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.SettingsStore;
import vn.motcua.storage.UpgradeNews;
import vn.motcua.workcalendar.CalendarService;

/**
 * What one command run needs: the global options, the prepared data directory, messages in the
 * office's language, the services (opened on first use) and the output streams.
 */
final class CliSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final GlobalOptions options;
    private final DataDirectory dir;
    private final Messages messages;
    private final PrintWriter out;
    private final PrintWriter err;
    private AppContext context;

    private CliSession(GlobalOptions options, DataDirectory dir, Messages messages, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.dir = dir;
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Resolves and prepares the data directory and sets up logging; never opens a window. */
    static CliSession start(CommandSpec spec) {
        GlobalOptions options = ((RootCommand) spec.root().userObject()).options();
        DataDirectory dir = DataDirectory.resolve(options.dataDir());
        Logging.configure(dir.logs(), options.verbose() ? "DEBUG" : "OFF");
        dir.prepare();
        return new CliSession(options, dir, messagesFor(dir), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** The office's language when its settings can be read, Vietnamese otherwise. */
    static Messages messagesFor(DataDirectory dir) {
        try {
            return Messages.of(new SettingsStore(dir.settingsFile()).load().language());
        } catch (UserFacingException e) {
            return Messages.of(Language.VI);
        }
    }

    GlobalOptions options() {
        return options;
    }

    DataDirectory dataDirectory() {
        return dir;
    }

    Messages messages() {
        return messages;
    }

    AppContext context() {
        if (context == null) {
            // an upgrade of an older database can take minutes: say so on standard error
            context = AppContext.open(dir, new UpgradeNews(messages, this::warn));
        }
        return context;
    }

    /**
     * The calendar in force. When the data directory has no database yet, the shipped
     * overlays alone: converting a date or computing a deadline must not create an office.
     */
    CalendarService calendar() {
        return context != null || dir.databaseExists() ? context().calendar() : AppContext.shippedCalendar();
    }

    boolean json() {
        return options.json();
    }

    /** One JSON object on its own line (for streams: one line per item). */
    void jsonLine(Object json) {
        try {
            out.println(JSON.writeValueAsString(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** Human-readable output, printed as is. */
    void human(String text) {
        out.println(text);
        out.flush();
    }

    /** A warning on standard error that does not change the exit code. */
    void warn(String text) {
        err.println(text);
        err.flush();
    }

    /** Prints {@code json} as one document with --json, else the human sentence. */
    void print(Object json, String human) {
        if (options.json()) {
            out.println(json(json));
        } else {
            out.println(human);
        }
        out.flush();
    }

    /** One JSON document on one line: the form every --json output takes. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("plain maps and lists always serialize", e);
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
