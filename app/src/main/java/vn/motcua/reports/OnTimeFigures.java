package vn.motcua.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The on-time figures of a period (or of one group of it). {@code received = carriedOver +
 * receivedNew = resolved + open + withdrawn + stopped + refused}, where {@code resolved = early +
 * onTime + late} and {@code open = openInTime + openOverdue}; {@code waitingSupplement} is the
 * part of {@code openInTime} waiting for the citizen's supplement. See the README, "On-time
 * figures".
 */
public record OnTimeFigures(long received, long carriedOver, long receivedNew, long resolvedEarly, long resolvedOnTime,
        long resolvedLate, long openInTime, long openOverdue, long waitingSupplement, long withdrawn, long stopped,
        long refused) {
    public static final OnTimeFigures ZERO = new OnTimeFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The figures of dossiers counted per (origin carried over?, outcome). */
    static OnTimeFigures of(Map<Outcome, Long> carried, Map<Outcome, Long> fresh) {
        long c = carried.values().stream().mapToLong(Long::longValue).sum();
        long n = fresh.values().stream().mapToLong(Long::longValue).sum();
        java.util.function.ToLongFunction<Outcome> both = o -> carried.getOrDefault(o, 0L) + fresh.getOrDefault(o, 0L);
        return new OnTimeFigures(c + n, c, n, both.applyAsLong(Outcome.RESOLVED_EARLY), both.applyAsLong(Outcome.RESOLVED_ON_TIME),
                both.applyAsLong(Outcome.RESOLVED_LATE),
                both.applyAsLong(Outcome.OPEN_IN_TIME) + both.applyAsLong(Outcome.WAITING_SUPPLEMENT),
                both.applyAsLong(Outcome.OPEN_OVERDUE), both.applyAsLong(Outcome.WAITING_SUPPLEMENT),
                both.applyAsLong(Outcome.WITHDRAWN), both.applyAsLong(Outcome.STOPPED), both.applyAsLong(Outcome.REFUSED));
    }

    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    public long open() {
        return openInTime + openOverdue;
    }

    /** What the rate judges: received minus withdrawn, stopped and refused (they are left out of the rates). */
    public long judged() {
        return resolved() + open();
    }

    /** Resolved early or on time, or open in time (waiting for a supplement included). */
    public long inTime() {
        return resolvedEarly + resolvedOnTime + openInTime;
    }

    /**
     * {@link #inTime()} ÷ {@link #judged()}, rounded to 4 decimals (0.8571 = 85.71 %); null when
     * nothing was judged.
     */
    public Double onTimeRate() {
        long d = judged();
        return d == 0 ? null : BigDecimal.valueOf(inTime()).divide(BigDecimal.valueOf(d), 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** The count of one figure. */
    public long get(Figure f) {
        return switch (f) {
            case RECEIVED -> received;
            case CARRIED_OVER -> carriedOver;
            case RECEIVED_NEW -> receivedNew;
            case RESOLVED -> resolved();
            case RESOLVED_EARLY -> resolvedEarly;
            case RESOLVED_ON_TIME -> resolvedOnTime;
            case RESOLVED_LATE -> resolvedLate;
            case OPEN -> open();
            case OPEN_IN_TIME -> openInTime;
            case OPEN_OVERDUE -> openOverdue;
            case WAITING_SUPPLEMENT -> waitingSupplement;
            case WITHDRAWN -> withdrawn;
            case STOPPED -> stopped;
            case REFUSED -> refused;
            case JUDGED -> judged();
            case IN_TIME -> inTime();
        };
    }

    public OnTimeFigures plus(OnTimeFigures o) {
        return new OnTimeFigures(received + o.received, carriedOver + o.carriedOver, receivedNew + o.receivedNew,
                resolvedEarly + o.resolvedEarly, resolvedOnTime + o.resolvedOnTime, resolvedLate + o.resolvedLate,
                openInTime + o.openInTime, openOverdue + o.openOverdue, waitingSupplement + o.waitingSupplement,
                withdrawn + o.withdrawn, stopped + o.stopped, refused + o.refused);
    }
}
