package vn.motcua.reports.index766;

import java.util.List;

/**
 * The SQL of every indicator but timeliness (which comes from a {@link TimelinessSource}): the
 * population its denominator is taken over, an optional narrowing of that population, and the
 * condition that puts a member in the numerator. The counts and the click-through lists are
 * built from the same strings, so a list always holds exactly what its number counts.
 */
final class Measures {
    /** The dossiers an indicator is a share of. */
    enum Population {
        /** Received in the period, except never accepted (1), refused (3), withdrawn (7), stopped (8). */
        RECEIVED,
        /** Finished in the period; the resolved ones (with a result: ready 9 or returned 10) are its measures' narrowing. */
        RESOLVED,
        /** Rated by the citizen in the period (reference §14). */
        RATED,
        /** The what-if's dossiers due this week; counted among the resolved when they are finished on time. */
        DUE_THIS_WEEK
    }

    /**
     * @param extra narrows the population for this indicator (null: the whole population)
     * @param numerator what earns the points, among the (narrowed) population
     */
    record Measure(String id, Population population, Unit unit, String extra, String numerator) {
        String denominatorCondition() {
            return extra == null ? "1 = 1" : extra;
        }

        String numeratorCondition() {
            return extra == null ? numerator : "(" + extra + ") and (" + numerator + ")";
        }
    }

    static final String EXCLUDED = "d.status not in (1, 3, 7, 8)";
    /** Finished with a result: ready (9) or returned (10). */
    static final String RESOLVED_WITH_RESULT = "d.status in (9, 10)";

    /**
     * The dossiers the what-if finishes on time: open with the clock running (open_due_at is set only
     * then), due between today and Sunday (inside the period), received before the period's end.
     */
    static final String DUE_THIS_WEEK = "d.open_due_at >= :weekStart and d.open_due_at < :weekEnd and d.received_at < :end";

    private static final String ACTIVE_INPUT = "select 1 from dossier_document x where x.dossier_id = d.id"
            + " and x.kind = 'INPUT' and x.removed_at is null";
    private static final String PAID_FEE = "select 1 from dossier_fee f where f.dossier_id = d.id"
            + " and f.amount > 0 and f.state in ('PAID', 'REFUNDED')";

    static final List<Measure> ALL = List.of(
            // the portal holds the dossier: it acknowledged one of its actions, it came from the portal
            // (pulled, or the history import, which writes no outbox entry), or the outbox never had to send it
            new Measure("portalSynced", Population.RECEIVED, Unit.DOSSIER, null,
                    "not exists (select 1 from outbox_entry o where o.aggregate_id = d.id)"
                            + " or exists (select 1 from outbox_entry o where o.aggregate_id = d.id and o.state = 'DONE')"
                            + " or exists (select 1 from sync_dossier y where y.dossier_id = d.id"
                            + " and (y.origin = 'portal' or y.server_version is not null))"),
            // what the portal shows is what the desk holds: the dossier's sync state is SYNCED (vn.motcua.sync.SyncStates)
            new Measure("statusCurrent", Population.RECEIVED, Unit.DOSSIER, null,
                    "not exists (select 1 from outbox_entry o where o.aggregate_id = d.id and o.state not in ('DONE', 'SET_ASIDE'))"
                            + " and not exists (select 1 from sync_conflict c where c.dossier_id = d.id and c.resolved_at is null)"
                            + " and not exists (select 1 from sync_dossier y where y.dossier_id = d.id and y.incoming_at is not null)"),
            // the status is a narrowing, not part of the population's WHERE: that keeps the query on the finished_at
            // range (H2 preferred the status index, i.e. every ready or returned dossier of all years)
            new Measure("electronicResult", Population.RESOLVED, Unit.DOSSIER, RESOLVED_WITH_RESULT,
                    "exists (select 1 from dossier_document x where x.dossier_id = d.id and x.kind = 'RESULT' and x.removed_at is null)"),
            new Measure("digitizedComponents", Population.RECEIVED, Unit.DOSSIER, null,
                    "exists (" + ACTIVE_INPUT + " and x.digitized = true)"),
            new Measure("dataReuse", Population.RECEIVED, Unit.DOSSIER, null,
                    "exists (" + ACTIVE_INPUT + " and (x.reused = true or x.from_national_store = true))"),
            new Measure("onlineProcedures", Population.RECEIVED, Unit.PROCEDURE, null, "d.channel = 2"),
            new Measure("onlineSubmission", Population.RECEIVED, Unit.DOSSIER, null, "d.channel = 2"),
            new Measure("onlinePayment", Population.RECEIVED, Unit.DOSSIER, "exists (" + PAID_FEE + ")",
                    "exists (" + PAID_FEE + " and f.method = 'TRANSFER')"),
            new Measure("satisfiedRatings", Population.RATED, Unit.DOSSIER, null, "r.level in (1, 2)"));

    private Measures() {
    }

    static Measure of(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /** {@code from … where …} of the population. */
    static String from(Population population) {
        return switch (population) {
            case RECEIVED -> " from dossier d where d.received_at >= :start and d.received_at < :end and " + EXCLUDED;
            case RESOLVED -> " from dossier d where d.finished_at >= :start and d.finished_at < :end";
            case DUE_THIS_WEEK -> " from dossier d where " + DUE_THIS_WEEK;
            case RATED -> " from dossier d join dossier_rating r on r.dossier_id = d.id"
                    + " where r.rated_at >= :start and r.rated_at < :end and " + EXCLUDED;
        };
    }
}
