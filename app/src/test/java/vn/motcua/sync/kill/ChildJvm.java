package vn.motcua.sync.kill;

import java.io.File;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.motcua.testing.JavaProcess;

/**
 * Child JVMs of the kill runs: started lean (C1 only, serial GC: startup is what a kill run
 * pays for again and again on a two-core machine), logs and stderr into the run's directory,
 * and killed with SIGKILL, which the exit status proves.
 */
final class ChildJvm {
    /** 128 + SIGKILL (9): how a shell reports a process the kernel killed with signal 9. */
    static final int KILLED = 137;

    private ChildJvm() {
    }

    static ProcessBuilder of(Class<?> main, File logDir, File stderr, String... args) {
        ProcessBuilder pb = JavaProcess.of(main, args);
        List<String> command = pb.command();
        command.addAll(1, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-Dsun.net.httpserver.nodelay=true",
                "-Dmotcua.logdir=" + logDir));
        return pb.redirectError(ProcessBuilder.Redirect.appendTo(stderr));
    }

    /**
     * SIGKILL: {@link Process#destroyForcibly()} sends signal 9 on Linux (no shutdown hooks, no
     * flush); returns the exit status, {@link #KILLED} when the signal did it, or the process's own
     * status when it had already ended.
     */
    static int kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a SIGKILLed child did not end: " + p.pid());
        }
        return p.exitValue();
    }
}
