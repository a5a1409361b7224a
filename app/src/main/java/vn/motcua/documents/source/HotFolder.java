package vn.motcua.documents.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;

/**
 * The folder the office's scanner software writes into (thư mục quét). A file is taken only
 * when it is complete: not a temporary name ({@link TemporaryNames}), size and last-modified
 * time unchanged for the quiet time across polls, and it can be claimed by an atomic rename
 * into {@code .motcua/processing/}. Each claimed file goes through {@link SourceIntake}.
 *
 * <p>{@link #poll(Instant)} does one round and can be driven with any clock (tests);
 * {@link #start()} polls every second on a daemon thread for the desktop and the CLI.
 * After a crash, files left in processing/ are filed again on the first poll.
 */
public final class HotFolder implements AutoCloseable {
    public static final Duration DEFAULT_QUIET = Duration.ofSeconds(2);
    public static final Duration POLL_EVERY = Duration.ofSeconds(1);
    /** How long originals are kept in done/ after their PDF was verified. */
    public static final Duration KEEP_DONE = Duration.ofDays(30);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);

    private final Path folder;
    private final SourceIntake intake;
    private final QuietWatch watch;
    private final Clock clock;
    private final HotFolderListener listener;
    private final Messages messages;
    private final Object polling = new Object();
    private volatile Target target;
    private boolean recovered;
    private Instant lastPrune;
    private ScheduledExecutorService runner;
    private String unavailable;

    public HotFolder(Path folder, HotFolderSink sink, Messages messages, HotFolderListener listener) {
        this(folder, sink, messages, listener, DEFAULT_QUIET, Clock.systemUTC());
    }

    public HotFolder(Path folder, HotFolderSink sink, Messages messages, HotFolderListener listener, Duration quiet, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.listener = listener == null ? new HotFolderListener() { } : listener;
        this.intake = new SourceIntake(this.folder.resolve(".motcua"), sink, messages, this.listener, clock);
        this.watch = new QuietWatch(quiet);
        this.messages = messages;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Files with no separator sheet go to this dossier component from now on. Cheap: callable from the FX thread. */
    public void setTarget(String dossierCode, String componentCode) {
        target = new Target(dossierCode, componentCode);
    }

    /** Files with no separator sheet wait in {@code .motcua/waiting/} from now on. */
    public void clearTarget() {
        target = null;
    }

    /** The current target, or null. */
    public Target target() {
        return target;
    }

    /** The processing of this folder, for a scanner command whose output is filed like a hot-folder file. */
    public SourceIntake intake() {
        return intake;
    }

    /** Files waiting for the clerk to assign them, by name. */
    public List<Path> waiting() {
        return intake.waiting();
    }

    /** Files a waiting file into a dossier component (see {@link SourceIntake#assign}). Runs the import: not on the FX thread. */
    public SourceOutcome assign(Path waitingFile, String dossierCode, String componentCode) {
        synchronized (polling) {
            return intake.assign(waitingFile, new Target(dossierCode, componentCode));
        }
    }

    /** One poll with the clock given at construction. */
    public List<SourceOutcome> scanOnce() {
        return poll(clock.instant());
    }

    /**
     * One round at {@code now}: retries what a crash left in processing/ (first round only),
     * prunes done/, then files every file that became stable.
     *
     * @throws UserFacingException when the folder does not exist or cannot be read
     */
    public List<SourceOutcome> poll(Instant now) {
        synchronized (polling) {
            List<Path> present = candidates();
            List<SourceOutcome> outcomes = new ArrayList<>();
            if (!recovered) {
                recovered = true;
                outcomes.addAll(intake.recover(target));
            }
            prune(now);
            for (Path file : watch.stable(present, now)) {
                Path claimed;
                try {
                    claimed = intake.folders().claim(file);
                } catch (IOException e) {
                    LOG.debug("{} is not free yet: {}", file, e.toString()); // still open in the scanner software
                    continue;
                }
                watch.forget(file);
                outcomes.add(intake.process(claimed, target));
            }
            return outcomes;
        }
    }

    private List<Path> candidates() {
        if (!Files.isDirectory(folder)) {
            throw new UserFacingException("documents.source.folderMissing", folder.toString());
        }
        try {
            return SourceFolders.files(folder).stream()
                    .filter(p -> !TemporaryNames.isTemporary(p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.source.folderUnreadable", folder.toString(), String.valueOf(e.getMessage()));
        }
    }

    private void prune(Instant now) {
        if (lastPrune != null && Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
            return;
        }
        lastPrune = now;
        try {
            intake.folders().pruneDone(now.minus(KEEP_DONE));
        } catch (IOException e) {
            LOG.warn("could not prune {}", intake.folders().done(), e);
        }
    }

    /** Polls every second on a daemon thread until {@link #close()}; a failing round is reported once, then retried. */
    public synchronized void start() {
        if (runner != null) {
            return;
        }
        runner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-hot-folder");
            t.setDaemon(true);
            return t;
        });
        runner.scheduleWithFixedDelay(this::round, 0, POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            scanOnce();
            unavailable = null;
        } catch (UserFacingException e) {
            String message = e.key();
            if (!message.equals(unavailable)) {
                unavailable = message;
                LOG.warn("hot folder {} unavailable: {}", folder, e.getMessage());
                listener.unavailable(e.localized(messages));
            }
        } catch (RuntimeException e) {
            LOG.error("hot folder round failed", e); // the next round tries again
        }
    }

    /** Stops polling; a file being filed is finished first (never interrupted: H2 closes on interrupts). */
    @Override
    public void close() {
        ScheduledExecutorService r;
        synchronized (this) {
            r = runner;
            runner = null;
        }
        if (r == null) {
            return;
        }
        r.shutdown();
        try {
            if (!r.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("hot folder {} still filing after 60 s; left to finish on its daemon thread", folder);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
