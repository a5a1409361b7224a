package vn.motcua.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of this project in a separate JVM on the test class path. */
public final class JavaProcess {
    private JavaProcess() {
    }

    public static ProcessBuilder of(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    public static Process start(Class<?> main, String... args) throws IOException {
        return of(main, args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
