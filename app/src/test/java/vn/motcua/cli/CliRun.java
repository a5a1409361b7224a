package vn.motcua.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line: exit code, standard output and standard error. */
record CliRun(int exit, String out, String err) {
    static CliRun withStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int exit = Cli.run((dir, verbose) -> {
                throw new AssertionError("a command must never open the desktop");
            }, new PrintWriter(out), new PrintWriter(err), args);
            return new CliRun(exit, out.toString(), err.toString());
        } finally {
            System.setIn(previous);
        }
    }

    /** A run on the data directory {@code dataDir} ({@code --data-dir} put first). */
    static CliRun in(java.nio.file.Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }

    static CliRun of(String... args) {
        return withStdin("", args);
    }
}
