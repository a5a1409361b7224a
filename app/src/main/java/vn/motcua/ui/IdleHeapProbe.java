package vn.motcua.ui;

/**
 * Benchmark hook only ({@code -Dmotcua.bench.idleHeap=true}, used by {@code ./mvnw -Pbench verify}):
 * a while after the services are ready, prints the used heap after a full collection as
 * {@code MOTCUA_IDLE_HEAP <bytes>} on standard output. Without the property it does nothing.
 * Public so the empty-Stage baseline of the benchmark measures with exactly the same code.
 */
public final class IdleHeapProbe {
    public static final String MARKER = "MOTCUA_IDLE_HEAP";
    private static final long SETTLE_MILLIS = 2_000;

    private IdleHeapProbe() {
    }

    /** Starts the measurement in the background when the benchmark asked for it; returns at once. */
    public static void measureSoon() {
        if (!Boolean.getBoolean("motcua.bench.idleHeap")) {
            return;
        }
        Thread probe = new Thread(() -> {
            try {
                Thread.sleep(SETTLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            System.gc();
            System.gc();
            Runtime heap = Runtime.getRuntime();
            System.out.println(MARKER + " " + (heap.totalMemory() - heap.freeMemory()));
            System.out.flush();
        }, "motcua-bench-idle-heap");
        probe.setDaemon(true);
        probe.start();
    }
}
