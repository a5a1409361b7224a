package vn.motcua.reports.index766;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.dossier.IndexFacts;
import vn.motcua.sync.OutboxEntry;

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
     * @param complement null, or a query of the few dossier IDs that can miss the numerator: the
     *        figure then counts those that do and subtracts them from the population (no lookups per
     *        dossier of the period, no write on the sync path); the click-through reads {@code numerator}
     */
    record Measure(String id, Population population, Unit unit, String extra, String numerator, String complement, DaySums days) {
        Measure(String id, Population population, Unit unit, String extra, String numerator, DaySums days) {
            this(id, population, unit, extra, numerator, null, days);
        }

        String denominatorCondition() {
            return extra == null ? "1 = 1" : extra;
        }

        String numeratorCondition() {
            return extra == null ? numerator : "(" + extra + ") and (" + numerator + ")";
        }
    }

    /**
     * The same figure from the per-day counts ({@code index766_day x}, kept by the dossier table's
     * trigger, see {@link DayRollup}): aggregates over the period's days; a complemented measure's
     * numerator is null (it is its denominator less {@link #missing}).
     */
    record DaySums(String denominator, String numerator) {
        static DaySums sums(String denominator, String numerator) {
            return new DaySums("sum(x." + denominator + ")", numerator == null ? null : "sum(x." + numerator + ")");
        }

        /** Distinct procedures with at least one dossier counted in the column. */
        static DaySums procedures(String denominator, String numerator) {
            return new DaySums(distinct(denominator), distinct(numerator));
        }

        private static String distinct(String column) {
            return "count(distinct case when x." + column + " > 0 then x.procedure_code end)";
        }
    }

    /** The period's rows of the per-day counts: one range of their key. */
    static final String DAYS = " from index766_day x where x.on_day >= :firstDay and x.on_day <= :lastDay";

    static final String EXCLUDED = "d.status not in (1, 3, 7, 8)";
    /** Finished with a result: ready (9) or returned (10). */
    static final String RESOLVED_WITH_RESULT = "d.status in (9, 10)";

    /**
     * The dossiers the what-if finishes on time: open with the clock running (open_due_at is set only
     * then), due between today and Sunday (inside the period), received before the period's end.
     */
    static final String DUE_THIS_WEEK = "d.open_due_at >= :weekStart and d.open_due_at < :weekEnd and d.received_at < :end";

    /** Outbox states other than DONE; and those the sender still works on (not DONE nor SET_ASIDE). */
    private static final String NOT_DONE = states(false);
    private static final String WAITING = states(true);

    /** Every dossier that is not portal-synced has an entry that is not DONE (it has one, and none is DONE). */
    private static final String MAY_BE_UNSYNCED = "select o.aggregate_id from outbox_entry o where o.state in (" + NOT_DONE + ")";
    /** Every dossier whose portal status is not current is in one of these small sets. */
    private static final String MAY_BE_STALE = "select o.aggregate_id from outbox_entry o where o.state in (" + WAITING + ")"
            + " union select c.dossier_id from sync_conflict c where c.resolved_at is null"
            + " union select y.dossier_id from sync_dossier y where y.incoming_at is not null";

    static final List<Measure> ALL = List.of(
            // the portal holds the dossier: it acknowledged one of its actions, it came from the portal
            // (pulled, or the history import, which writes no outbox entry), or the outbox never had to send it
            new Measure("portalSynced", Population.RECEIVED, Unit.DOSSIER, null,
                    "not exists (select 1 from outbox_entry o where o.aggregate_id = d.id)"
                            + " or exists (select 1 from outbox_entry o where o.aggregate_id = d.id and o.state = 'DONE')"
                            + " or exists (select 1 from sync_dossier y where y.dossier_id = d.id"
                            + " and (y.origin = 'portal' or y.server_version is not null))", MAY_BE_UNSYNCED,
                    DaySums.sums("received", null)),
            // what the portal shows is what the desk holds: the dossier's sync state is SYNCED (vn.motcua.sync.SyncStates)
            new Measure("statusCurrent", Population.RECEIVED, Unit.DOSSIER, null,
                    "not exists (select 1 from outbox_entry o where o.aggregate_id = d.id and o.state not in ('DONE', 'SET_ASIDE'))"
                            + " and not exists (select 1 from sync_conflict c where c.dossier_id = d.id and c.resolved_at is null)"
                            + " and not exists (select 1 from sync_dossier y where y.dossier_id = d.id and y.incoming_at is not null)",
                    MAY_BE_STALE, DaySums.sums("received", null)),
            // the status is a narrowing, not part of the population's WHERE: that keeps the query on the finished_at
            // range (H2 preferred the status index, i.e. every ready or returned dossier of all years)
            // the document and fee facts are kept on the dossier row (IndexFacts: same transaction as the change)
            new Measure("electronicResult", Population.RESOLVED, Unit.DOSSIER, RESOLVED_WITH_RESULT,
                    IndexFacts.has(IndexFacts.ELECTRONIC_RESULT), DaySums.sums("resolved", "resolved_electronic")),
            new Measure("digitizedComponents", Population.RECEIVED, Unit.DOSSIER, null, IndexFacts.has(IndexFacts.DIGITIZED_INPUT),
                    DaySums.sums("received", "digitized")),
            new Measure("dataReuse", Population.RECEIVED, Unit.DOSSIER, null, IndexFacts.has(IndexFacts.REUSED_INPUT),
                    DaySums.sums("received", "reused")),
            new Measure("onlineProcedures", Population.RECEIVED, Unit.PROCEDURE, null, "d.channel = 2",
                    DaySums.procedures("received", "received_online")),
            new Measure("onlineSubmission", Population.RECEIVED, Unit.DOSSIER, null, "d.channel = 2",
                    DaySums.sums("received", "received_online")),
            new Measure("onlinePayment", Population.RECEIVED, Unit.DOSSIER, IndexFacts.has(IndexFacts.FEE_PAID),
                    IndexFacts.has(IndexFacts.FEE_ONLINE), DaySums.sums("fee_paid", "fee_online")),
            new Measure("satisfiedRatings", Population.RATED, Unit.DOSSIER, null, "r.level in (1, 2)", null));

    private Measures() {
    }

    static Measure of(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /** {@code from … where …} of the population; on H2 the covering index of its range is named (as OnTimeSql does). */
    static String from(Population population, boolean h2) {
        return switch (population) {
            case RECEIVED -> " from dossier d" + (h2 ? " use index (ix_dossier_766)" : "") + " where " + where(population);
            case RESOLVED -> " from dossier d" + (h2 ? " use index (ix_dossier_766_finished)" : "") + " where " + where(population);
            case DUE_THIS_WEEK -> " from dossier d where " + where(population);
            case RATED -> " from dossier d join dossier_rating r on r.dossier_id = d.id where " + where(population);
        };
    }

    /** The population's condition on {@code dossier d} (and {@code dossier_rating r} for RATED). */
    static String where(Population population) {
        return switch (population) {
            case RECEIVED -> "d.received_at >= :start and d.received_at < :end and " + EXCLUDED;
            case RESOLVED -> "d.finished_at >= :start and d.finished_at < :end";
            case DUE_THIS_WEEK -> DUE_THIS_WEEK;
            case RATED -> "r.rated_at >= :start and r.rated_at < :end and " + EXCLUDED;
        };
    }

    /** How many of the population miss a complemented measure's numerator: primary-key lookups of its few candidates. */
    static String missing(Measure m) {
        return "select count(*) from dossier d where d.id in (" + m.complement() + ") and " + where(m.population())
                + " and (" + m.denominatorCondition() + ") and not (" + m.numerator() + ")";
    }

    private static String states(boolean waitingOnly) {
        return Arrays.stream(OutboxEntry.State.values())
                .filter(st -> waitingOnly ? !OutboxEntry.State.SETTLED.contains(st) : st != OutboxEntry.State.DONE)
                .map(st -> "'" + st.name() + "'").collect(Collectors.joining(", "));
    }
}
