package vn.motcua.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/**
 * Child of {@link AssemblyBench}: {@code import|copy DATA_DIR LIST_FILE WORK_DIR}. Opens the office,
 * then either imports the listed pages as one component or copies them, sampling used heap every
 * 5 ms; prints {@code PEAK <bytes>} last.
 */
public final class ImportHeapProbe {
    private ImportHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> pages = Files.readAllLines(Path.of(args[2])).stream().map(Path::of).toList();
        Path work = Files.createDirectories(Path.of(args[3]));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        try (AppContext context = TestOffice.open(Path.of(args[1]))) {
            String code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
            System.gc();
            peak.set(0);
            sampler.start();
            if (args[0].equals("import")) {
                context.documents().importFiles(Actor.SYSTEM, code, "CT01", pages);
            } else {
                for (int i = 0; i < pages.size(); i++) {
                    Files.copy(pages.get(i), work.resolve(i + ".jpg"));
                }
            }
            sampler.interrupt();
            sampler.join();
        }
        System.out.println("PEAK " + peak.get());
    }
}
