package vn.motcua.reports;

import java.util.EnumSet;
import java.util.Set;

/** One number of the on-time figures, as a set of outcomes and where the dossiers came from (for click-through). */
public enum Figure {
    RECEIVED(Origin.ANY, EnumSet.allOf(Outcome.class)),
    CARRIED_OVER(Origin.CARRIED_OVER, EnumSet.allOf(Outcome.class)),
    RECEIVED_NEW(Origin.NEW, EnumSet.allOf(Outcome.class)),
    RESOLVED(Origin.ANY, EnumSet.of(Outcome.RESOLVED_EARLY, Outcome.RESOLVED_ON_TIME, Outcome.RESOLVED_LATE)),
    RESOLVED_EARLY(Origin.ANY, EnumSet.of(Outcome.RESOLVED_EARLY)),
    RESOLVED_ON_TIME(Origin.ANY, EnumSet.of(Outcome.RESOLVED_ON_TIME)),
    RESOLVED_LATE(Origin.ANY, EnumSet.of(Outcome.RESOLVED_LATE)),
    OPEN(Origin.ANY, EnumSet.of(Outcome.OPEN_IN_TIME, Outcome.WAITING_SUPPLEMENT, Outcome.OPEN_OVERDUE)),
    OPEN_IN_TIME(Origin.ANY, EnumSet.of(Outcome.OPEN_IN_TIME, Outcome.WAITING_SUPPLEMENT)),
    OPEN_OVERDUE(Origin.ANY, EnumSet.of(Outcome.OPEN_OVERDUE)),
    WAITING_SUPPLEMENT(Origin.ANY, EnumSet.of(Outcome.WAITING_SUPPLEMENT)),
    WITHDRAWN(Origin.ANY, EnumSet.of(Outcome.WITHDRAWN)),
    STOPPED(Origin.ANY, EnumSet.of(Outcome.STOPPED)),
    REFUSED(Origin.ANY, EnumSet.of(Outcome.REFUSED)),
    /** What the on-time rate is taken over: resolved or still open (withdrawn, stopped and refused left out). */
    JUDGED(Origin.ANY, EnumSet.of(Outcome.RESOLVED_EARLY, Outcome.RESOLVED_ON_TIME, Outcome.RESOLVED_LATE,
            Outcome.OPEN_IN_TIME, Outcome.WAITING_SUPPLEMENT, Outcome.OPEN_OVERDUE)),
    /** What the on-time rate counts: resolved early or on time, or open in time. */
    IN_TIME(Origin.ANY, EnumSet.of(Outcome.RESOLVED_EARLY, Outcome.RESOLVED_ON_TIME, Outcome.OPEN_IN_TIME,
            Outcome.WAITING_SUPPLEMENT));

    /** Received before the period and still open at its start, received in it, or either. */
    public enum Origin { ANY, CARRIED_OVER, NEW }

    private final Origin origin;
    private final Set<Outcome> outcomes;

    Figure(Origin origin, Set<Outcome> outcomes) {
        this.origin = origin;
        this.outcomes = outcomes;
    }

    public Origin origin() {
        return origin;
    }

    public Set<Outcome> outcomes() {
        return EnumSet.copyOf(outcomes);
    }
}
