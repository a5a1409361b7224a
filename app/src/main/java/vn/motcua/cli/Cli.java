package vn.motcua.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.storage.DataDirectory;

/**
 * Runs the command line. Exit codes: 0 done; 1 the input or state is wrong (one clear sentence
 * on standard error, a stack trace only with --verbose); 2 usage error.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(DesktopLauncher desktop, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new RootCommand(desktop));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(Cli::onFailure);
        return cl.execute(args);
    }

    private static int onFailure(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        RootCommand root = (RootCommand) cl.getCommandSpec().root().userObject();
        if (e instanceof UserFacingException ufe) {
            err.println(ufe.localized(messagesFor(root.dataDir)));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        }
        LoggerFactory.getLogger(Cli.class).error("unexpected failure", e);
        err.println(messagesFor(root.dataDir).get("error.unexpectedCli", e.getClass().getSimpleName(),
                vn.motcua.common.ErrorCode.of(e)));
        if (root.verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    private static Messages messagesFor(Path dataDir) {
        try {
            return CliSession.messagesFor(DataDirectory.resolve(dataDir));
        } catch (RuntimeException e) {
            return Messages.of(vn.motcua.common.Language.VI);
        }
    }
}
