package vn.motcua.documents.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kills a process and everything it started: a scanner front end often runs the driver as a
 * child, and killing only the parent would leave the scanner busy for the next try.
 */
final class ProcessTree {
    private ProcessTree() {
    }

    static void kill(Process process, Duration grace) {
        // the descendants are listed before the parent dies: afterwards they are orphans, no longer ours
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        tree.add(process.toHandle());
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // left to the OS: a process stuck in the kernel (a hung USB driver) dies when it can
            }
        }
    }
}
