package vn.motcua.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.sync.portal.PortalAdapter;

/**
 * Runs the sync of one office database: push then pull, again and again. Only the holder of
 * the office's {@link RunnerLease} works, so two desks on one database never send twice; the
 * first run after taking the lease turns sends left IN_FLIGHT by a stopped desk into UNKNOWN.
 * While anything waits, a timer stays armed for the earliest due entry (fault 28); "sync now"
 * resets the delays and wakes it. {@link #runOnce()} and {@link #runUntilEmpty} serve the
 * command line, {@link #start()}/{@link #stop()} the desktop.
 */
public final class SyncRunner implements AutoCloseable {
    /** How often the feed is read when nothing else wakes the runner. */
    public static final Duration PULL_EVERY = Duration.ofMinutes(1);
    public static final Duration LEASE_TTL = Duration.ofMinutes(2);
    private static final Duration PULL_RETRY = Duration.ofSeconds(5);
    /** How often an idle background runner looks for work queued meanwhile (by this desk or another on the database). */
    static final Duration QUEUE_POLL = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    private final SessionFactory db;
    private final RunnerLease lease;
    private final Sender sender;
    private final Puller puller;
    private final Clock clock;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final Object timer = new Object();
    private Sleeper sleeper = d -> waitOnTimer(d);
    private boolean holding;
    private volatile boolean wake;
    private volatile Thread thread;
    /** Set while {@link #stop()} waits for the background run in progress to end. */
    private volatile boolean stopping;
    private final PortalAdapter portal;
    /** Work done with the portal after each push and pull while the line is up (e.g. leasing dossier numbers). */
    private final List<java.util.function.Consumer<PortalAdapter>> chores = new java.util.concurrent.CopyOnWriteArrayList<>();

    public SyncRunner(SessionFactory db, PortalAdapter portal, DocumentStore files, PortalDossiers dossiers, String agencyId,
            String clientId, String holder, Clock clock, Random random) {
        this(db, portal, files, UploadSettings.DEFAULT, Puller.PAGE, dossiers, agencyId, clientId, holder, clock, random);
    }

    /** As above, with a fixed upload chunk size and the feed page size (the simulation uses small ones). */
    public SyncRunner(SessionFactory db, PortalAdapter portal, DocumentStore files, int chunkSize, int pageSize,
            PortalDossiers dossiers, String agencyId, String clientId, String holder, Clock clock, Random random) {
        this(db, portal, files, UploadSettings.fixed(chunkSize), pageSize, dossiers, agencyId, clientId, holder, clock, random);
    }

    private SyncRunner(SessionFactory db, PortalAdapter portal, DocumentStore files, UploadSettings uploads, int pageSize,
            PortalDossiers dossiers, String agencyId, String clientId, String holder, Clock clock, Random random) {
        this.db = db;
        this.clock = clock;
        this.portal = portal;
        this.lease = new RunnerLease(db, holder, LEASE_TTL, clock);
        SyncListener fanOut = e -> listeners.forEach(l -> l.onEvent(e));
        this.sender = new Sender(db, portal, files, uploads, dossiers, clientId, new Backoff(random), clock, fanOut, this::mayGoOn);
        this.puller = new Puller(db, portal, agencyId, clientId, dossiers, clock, fanOut, this::mayGoOn, pageSize);
    }

    /** Asked before each send and each page: this runner still holds the lease and is not being stopped. */
    private boolean mayGoOn() {
        return !stopping && lease.holdOrRenew();
    }

    /** Adds work done with the portal after each run that found the line up; a chore that fails is logged and skipped. */
    public SyncRunner chore(java.util.function.Consumer<PortalAdapter> chore) {
        chores.add(chore);
        return this;
    }

    /** For the simulation and tests: how the runner waits between runs. */
    public SyncRunner sleeper(Sleeper s) {
        this.sleeper = s;
        return this;
    }

    public void addListener(SyncListener l) {
        listeners.add(l);
    }

    public void removeListener(SyncListener l) {
        listeners.remove(l);
    }

    /** What one run did. {@code holder} names who holds the lease when this runner could not take it. */
    public record RunReport(boolean ran, String holder, int sent, int done, long waiting, long blocked, int pulled,
            boolean pullCurrent, boolean lineDown, Instant nextDue, String problem) {
        /** Nothing left to send and the feed read to its end. */
        public boolean empty() {
            return ran && waiting == 0 && pullCurrent;
        }

        /** Nothing more this runner can do on its own: all that waits needs a person, and the feed is read. */
        public boolean settled() {
            return ran && waiting == blocked && pullCurrent;
        }
    }

    /** One push and one pull, if this desk holds (or can take) the lease. */
    public RunReport runOnce() {
        if (!lease.acquire()) {
            holding = false;
            return new RunReport(false, lease.currentHolder(), 0, 0, -1, 0, 0, false, false, null, "lease_held");
        }
        if (!holding) {
            int recovered = db.fromTransaction(s -> new Outbox(clock).recoverInFlight(s));
            if (recovered > 0) {
                LOG.info("{} sends were under way when the sync last stopped: they will be resent as unconfirmed", recovered);
            }
            holding = true;
        }
        Sender.PushReport push = sender.push();
        Puller.PullReport pull = puller.pull();
        puller.refreshPassedBy();
        if (pull.applied() > 0 && push.waiting() > 0) {
            push = sender.push(); // the pull may have settled something the queue waited for
        }
        RunReport report = new RunReport(true, lease.holder(), push.sent(), push.done(), push.waiting(), push.blocked(), pull.applied(),
                pull.current(), push.lineDown() || pull.problem() != null && pull.problem().startsWith("no_answer"),
                push.nextDue(), pull.problem());
        if (!report.lineDown()) {
            for (var chore : chores) {
                try {
                    chore.accept(portal);
                } catch (RuntimeException e) {
                    LOG.warn("a sync chore failed; it runs again after the next push and pull", e);
                }
            }
        }
        listeners.forEach(l -> l.onEvent(SyncEvent.of(SyncEvent.Kind.RUN_FINISHED, report.toString())));
        return report;
    }

    /** Runs until nothing waits and the feed is read, or {@code timeout} passes; returns the last run's report. */
    public RunReport runUntilEmpty(Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            RunReport r = runOnce();
            Instant now = clock.instant();
            if (r.settled() || !now.isBefore(deadline)) {
                return r;
            }
            Instant until = r.ran() ? (r.nextDue() == null ? now : r.nextDue()) : now.plus(LEASE_TTL.dividedBy(4));
            if (r.ran() && r.waiting() == r.blocked()) {
                until = now.plus(PULL_RETRY); // only the pull is behind, and it failed: try it again soon
            }
            if (until.isAfter(deadline)) {
                until = deadline;
            }
            try {
                if (until.isAfter(now)) {
                    sleeper.sleep(Duration.between(now, until));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
    }

    /** "Sync now": every waiting entry due at once (never before a Retry-After), and the runner woken. */
    public void syncNow() {
        db.inTransaction(s -> new Outbox(clock).wakeUp(s));
        synchronized (timer) {
            wake = true;
            timer.notifyAll();
        }
    }

    /** Starts the background runner (the desktop); a second call does nothing. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        Thread t = new Thread(this::loop, "motcua-sync");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Stops the background runner and gives the lease up so another desk may take over at once. */
    public void stop() {
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
        }
        if (t != null) {
            // no interrupt: a thread interrupted inside H2's file I/O closes the whole database
            // (ClosedByInterruptException); the run in progress stops at its next send or page instead
            stopping = true;
            synchronized (timer) {
                wake = true;
                timer.notifyAll();
            }
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopping = false;
            }
        }
        if (holding) {
            lease.release();
            holding = false;
        }
    }

    public boolean running() {
        return thread != null;
    }

    private void loop() {
        while (thread == Thread.currentThread()) {
            Duration wait;
            try {
                RunReport r = runOnce();
                Instant now = clock.instant();
                Instant next = now.plus(r.ran() ? PULL_EVERY : LEASE_TTL.dividedBy(4));
                if (r.ran() && r.nextDue() != null && r.nextDue().isBefore(next)) {
                    next = r.nextDue(); // the timer stays armed while anything waits (fault 28)
                }
                wait = Duration.between(now, next);
            } catch (RuntimeException e) {
                LOG.warn("sync run failed; trying again later", e);
                wait = PULL_EVERY;
            }
            try {
                if (!wait.isNegative() && !wait.isZero()) {
                    waitForWork(wait);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Waits up to {@code d}, but looks at the queue every {@link #QUEUE_POLL}: an action queued
     * while the runner idles (nothing was waiting at its last run, so its next run was the
     * minute's pull) goes out within seconds, also one queued by another desk on the same
     * database, which cannot wake this runner any other way (found by the SIGKILL runs: counter
     * work waited up to a minute). While the line is down or a Retry-After holds, only the
     * backoff timer decides.
     */
    private void waitForWork(Duration d) throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0 || waitOnTimer(Duration.ofNanos(Math.min(left, QUEUE_POLL.toNanos()))) || workDue()) {
                return;
            }
        }
    }

    /**
     * Something waits that may be sent now, and the portal is neither known down nor holding us
     * off. Entries held behind a rejected or conflicting entry of their dossier do not count: they
     * wait for a person, and must not make the runner call the portal every few seconds meanwhile
     * (a status move refused after the portal's own decision does not hold the rest back, as in
     * {@code AnswerRecorder.nonBlocking}).
     */
    private boolean workDue() {
        try {
            return db.fromTransaction(s -> {
                Instant now = clock.instant();
                SyncFeed feed = SyncFeed.of(s);
                if (feed != null && (Boolean.FALSE.equals(feed.lineUp()) || feed.holding(now))) {
                    return false;
                }
                return s.createSelectionQuery("select count(e) from OutboxEntry e where e.state in :s"
                        + " and (e.nextAttemptAt is null or e.nextAttemptAt <= :now)"
                        + " and not exists (select 1 from OutboxEntry b where b.aggregateId = e.aggregateId and b.seq < e.seq"
                        + " and (b.state = :conflict or b.state = :rejected and (b.errorCode is null or b.errorCode not in :passing)))",
                        Long.class)
                        .setParameter("s", List.of(OutboxEntry.State.PENDING, OutboxEntry.State.UNKNOWN))
                        .setParameter("conflict", OutboxEntry.State.CONFLICT).setParameter("rejected", OutboxEntry.State.REJECTED)
                        .setParameter("passing", List.of("transition_refused"))
                        .setParameter("now", now).getSingleResult() > 0;
            });
        } catch (RuntimeException e) {
            return false; // the database is busy or closing: the timer still runs
        }
    }

    /** Waits up to {@code d}; true when "sync now" woke it. */
    private boolean waitOnTimer(Duration d) throws InterruptedException {
        synchronized (timer) {
            if (!wake) {
                timer.wait(Math.max(1, d.toMillis()));
            }
            boolean woken = wake;
            wake = false;
            return woken;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
