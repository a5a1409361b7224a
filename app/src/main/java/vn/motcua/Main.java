package vn.motcua;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import vn.motcua.cli.Cli;
import vn.motcua.cli.DesktopRequest;
import vn.motcua.ui.DesktopApp;

/**
 * Entry point: no command opens the desktop; a command runs on the command line and never
 * opens a window. Deliberately not a JavaFX {@code Application}, so {@code java -jar} works
 * with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the console's locale: names and messages are Vietnamese.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = DesktopRequest.of(args)
                .map(desk -> DesktopApp.run(desk.dataDir(), desk.verbose()))
                .orElseGet(() -> Cli.run(DesktopApp::run, out, err, args));
        out.flush();
        err.flush();
        System.exit(code);
    }
}
