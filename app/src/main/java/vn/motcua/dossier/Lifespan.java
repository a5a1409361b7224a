package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;

/**
 * When a dossier's story ended for the on-time figures, and how long it lived, kept as columns
 * on {@code dossier} ({@code closed_at}, {@code span_class}) so that the reports can find, with
 * one short index range, the dossiers still open at any past instant.
 *
 * <p>The end is {@code finished_at} (result ready, or refused / withdrawn / stopped during
 * processing); a dossier refused at the counter, or closed by the portal without the desk
 * finishing it, ends when it took that status. A dossier open at instant T was received before
 * T and ends after it; among dossiers that ended within {@link #SHORT} of their receipt, those
 * open at T were received in the {@code SHORT} before T — a range of days instead of the whole
 * history. Dossiers still open, or that lived longer than {@link #MEDIUM}, are few and read whole.
 */
public final class Lifespan {
    /** Ended within {@link #SHORT} of receipt (almost every dossier: commune procedures take days). */
    public static final int SHORT_CLASS = 0;
    /** Ended within {@link #MEDIUM} of receipt. */
    public static final int MEDIUM_CLASS = 1;
    /** Still open, or lived longer than {@link #MEDIUM}. */
    public static final int LONG_CLASS = 2;
    public static final Duration SHORT = Duration.ofDays(16);
    public static final Duration MEDIUM = Duration.ofDays(64);

    private Lifespan() {
    }

    /** The end of the dossier's story, or null while it is open. */
    public static Instant closedAt(int status, Instant finishedAt, Instant statusChangedAt, Instant receivedAt) {
        if (finishedAt != null) {
            return finishedAt;
        }
        DossierStatus s = DossierStatus.of(status);
        boolean ended = s.terminal() || s == DossierStatus.RESULT_READY;
        return ended ? (statusChangedAt != null ? statusChangedAt : receivedAt) : null;
    }

    /** {@link #SHORT_CLASS}, {@link #MEDIUM_CLASS} or {@link #LONG_CLASS}. */
    public static int spanClass(Instant receivedAt, Instant closedAt) {
        if (closedAt == null) {
            return LONG_CLASS;
        }
        Duration lived = Duration.between(receivedAt, closedAt);
        return lived.compareTo(SHORT) < 0 ? SHORT_CLASS : lived.compareTo(MEDIUM) < 0 ? MEDIUM_CLASS : LONG_CLASS;
    }
}
