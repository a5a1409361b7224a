package vn.motcua.reports.index766;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import vn.motcua.common.UserFacingException;
import vn.motcua.reports.OnTimeReport;
import vn.motcua.reports.index766.Measures.Measure;
import vn.motcua.reports.index766.Measures.Population;

/**
 * The Decision 766 service-quality index (reference §9) of a period, as the chair is judged by
 * it: five groups, each indicator with its numerator, denominator and points, the dossiers
 * behind every number, and what finishing this week's dossiers on time is worth.
 *
 * <p>Every figure is an aggregate query; no dossier is loaded. The received and resolved shares
 * sum the period's rows of the per-day counts ({@code index766_day}, kept by the dossier table's
 * trigger: {@link DayRollup}); the rated one is a {@code SUM(CASE …)} over the period's ratings;
 * timeliness comes from the {@link TimelinessSource}. Runs in the caller's session (read only).
 */
public final class Index766 {
    /** The timeliness indicator: its share comes from the {@link TimelinessSource}. */
    public static final String ON_TIME = "onTime";

    private final IndexConfig config;
    private final TimelinessSource timeliness;

    public Index766(IndexConfig config, TimelinessSource timeliness) {
        Set<String> configured = new LinkedHashSet<>();
        config.groups().forEach(g -> g.indicators().forEach(i -> configured.add(i.id())));
        Set<String> known = new LinkedHashSet<>();
        known.add(ON_TIME);
        Measures.ALL.forEach(m -> known.add(m.id()));
        if (!configured.equals(known)) {
            throw new IllegalArgumentException("the configuration must name exactly the indicators " + known + ": " + configured);
        }
        this.config = config;
        this.timeliness = timeliness;
    }

    /** The office's index: its configuration ({@link IndexConfig#load}) and timeliness from the on-time report. */
    public static Index766 forDataDirectory(Path dataDirectory, OnTimeReport onTime) {
        return new Index766(IndexConfig.load(dataDirectory), new OnTimeTimeliness(onTime));
    }

    public IndexConfig config() {
        return config;
    }

    /** The index of {@code from}..{@code to} (whole days, Vietnam time). */
    public IndexScore compute(Session session, LocalDate from, LocalDate to) {
        Period period = new Period(from, to);
        Map<String, Fraction> shares = new HashMap<>(daySums(session, period));
        shares.putAll(measure(session, period, Population.RATED, null));
        shares.put(ON_TIME, timeliness.timeliness(session, from, to));
        return score(period, shares);
    }

    /**
     * The codes behind the numerator or the denominator of {@code indicatorId}: dossier codes, or
     * procedure codes for {@code onlineProcedures}; the first {@link DossierList#PAGE} and the total.
     */
    public DossierList dossiers(Session session, LocalDate from, LocalDate to, String indicatorId, Part part) {
        Period period = new Period(from, to);
        if (ON_TIME.equals(indicatorId)) {
            return timeliness.dossiers(session, from, to, part);
        }
        Measure m = Measures.of(indicatorId);
        if (m == null) {
            throw new UserFacingException("index766.unknownIndicator", indicatorId);
        }
        String condition = part == Part.NUMERATOR ? m.numeratorCondition() : m.denominatorCondition();
        String tail = Measures.from(m.population(), Sql.h2(session)) + " and (" + condition + ")";
        Map<String, Object> params = params(period, null);
        if (m.unit() == Unit.PROCEDURE) {
            return new DossierList(Unit.PROCEDURE,
                    Sql.codes(session, "select distinct d.procedure_code" + tail + " order by d.procedure_code", params, DossierList.PAGE),
                    Sql.count(session, "select count(distinct d.procedure_code)" + tail, params));
        }
        return new DossierList(Unit.DOSSIER, Sql.codes(session, "select d.code" + tail + " order by d.code", params, DossierList.PAGE),
                Sql.count(session, "select count(*)" + tail, params));
    }

    /**
     * What finishing on time the open dossiers due this week (Monday..Sunday of {@code today},
     * Vietnam time) is worth for the period {@code from}..{@code to}; see {@link WhatIf}.
     */
    public WhatIf whatIf(Session session, LocalDate from, LocalDate to, LocalDate today) {
        Period period = new Period(from, to);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        Week week = new Week(today.isBefore(from) ? from : today, sunday.isAfter(to) ? to : sunday);
        Map<String, Object> params = params(period, week);

        Map<String, Fraction> now = new HashMap<>(daySums(session, period));
        now.putAll(measure(session, period, Population.RATED, null));
        Map<String, Fraction> onTime = new HashMap<>(now);
        // finished on time they join the resolved dossiers: the two sets are disjoint (open vs finished), so the counts add
        measure(session, period, Population.DUE_THIS_WEEK, week).forEach((id, f) -> onTime.merge(id, f, Index766::plus));
        Fraction share = timeliness.timeliness(session, from, to);
        now.put(ON_TIME, share);
        onTime.put(ON_TIME, share); // finished on time they stay among the in-time dossiers they are today
        Map<String, Fraction> late = new HashMap<>(now);
        String due = Measures.from(Population.DUE_THIS_WEEK, false);
        long slipping = Sql.count(session, "select count(*)" + due, params);
        late.put(ON_TIME, new Fraction(Math.max(0, share.numerator() - slipping), share.denominator()));

        DossierList list = new DossierList(Unit.DOSSIER, Sql.codes(session, "select d.code" + due + " order by d.code", params,
                DossierList.PAGE), slipping);
        Map<String, Object> overdue = Map.of("monday", Period.startOf(monday), "today", Period.startOf(today), "end", period.end());
        long alreadyOverdue = Sql.count(session, "select count(*) from dossier d where d.open_due_at >= :monday"
                + " and d.open_due_at < :today and d.received_at < :end", overdue);
        return new WhatIf(monday, sunday, list, alreadyOverdue, score(period, now), score(period, late), score(period, onTime));
    }

    /** The days of this week the what-if looks at: from today (or the period's start) to Sunday (or the period's end). */
    private record Week(LocalDate first, LocalDate last) {
    }

    private static Map<String, Object> params(Period period, Week week) {
        Map<String, Object> params = new HashMap<>();
        params.put("start", period.start());
        params.put("end", period.end());
        params.put("firstDay", period.from());
        params.put("lastDay", period.to());
        if (week != null) {
            params.put("weekStart", Period.startOf(week.first()));
            params.put("weekEnd", Period.startOf(week.last().plusDays(1)));
        }
        return params;
    }

    /**
     * The received and resolved shares: one range of the per-day counts; a complemented measure's
     * numerator is its denominator less the few that miss it ({@link Measures#missing}).
     */
    private static Map<String, Fraction> daySums(Session session, Period period) {
        List<Measure> measures = Measures.ALL.stream().filter(m -> m.days() != null).toList();
        StringBuilder sql = new StringBuilder("select count(*)");
        for (Measure m : measures) {
            sql.append(", ").append(m.days().denominator()).append(", ").append(m.days().numerator() == null ? "0" : m.days().numerator());
        }
        Map<String, Object> params = params(period, null);
        Object[] row = Sql.row(session, sql.append(Measures.DAYS).toString(), params);
        Map<String, Fraction> shares = new HashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            long denominator = Sql.number(row[1 + 2 * i]);
            long numerator = m.complement() != null ? denominator - Sql.count(session, Measures.missing(m), params)
                    : Sql.number(row[2 + 2 * i]);
            shares.put(m.id(), new Fraction(numerator, denominator));
        }
        return shares;
    }

    /**
     * One query over {@code population} (the ratings, or the what-if's dossiers counted as resolved):
     * its size per indicator and each numerator, by the definitions.
     */
    private static Map<String, Fraction> measure(Session session, Period period, Population population, Week week) {
        Population of = population == Population.DUE_THIS_WEEK ? Population.RESOLVED : population;
        List<Measure> measures = Measures.ALL.stream().filter(m -> m.population() == of).toList();
        StringBuilder sql = new StringBuilder("select count(*)");
        for (Measure measure : measures) {
            // the what-if's dossiers are open now: counted as resolved, they skip the narrowing to resolved statuses
            Measure m = population == Population.DUE_THIS_WEEK ? new Measure(measure.id(), of, measure.unit(), null, measure.numerator(),
                    null) : measure;
            if (m.unit() == Unit.PROCEDURE) {
                sql.append(", count(distinct case when ").append(m.denominatorCondition()).append(" then d.procedure_code end)")
                        .append(", count(distinct case when ").append(m.numeratorCondition()).append(" then d.procedure_code end)");
            } else {
                sql.append(", sum(case when ").append(m.denominatorCondition()).append(" then 1 else 0 end)")
                        .append(", sum(case when ").append(m.numeratorCondition()).append(" then 1 else 0 end)");
            }
        }
        sql.append(Measures.from(population, Sql.h2(session)));
        Map<String, Object> params = params(period, week);
        Object[] row = Sql.row(session, sql.toString(), params);
        Map<String, Fraction> shares = new HashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            shares.put(measures.get(i).id(), new Fraction(Sql.number(row[2 + 2 * i]), Sql.number(row[1 + 2 * i])));
        }
        return shares;
    }

    private static Fraction plus(Fraction a, Fraction b) {
        return new Fraction(a.numerator() + b.numerator(), a.denominator() + b.denominator());
    }

    private IndexScore score(Period period, Map<String, Fraction> shares) {
        List<IndexScore.GroupScore> groups = new ArrayList<>();
        double total = 0;
        for (IndexConfig.Group g : config.groups()) {
            List<IndexScore.IndicatorScore> indicators = new ArrayList<>();
            double sum = 0;
            for (IndexConfig.Indicator i : g.indicators()) {
                Fraction f = shares.get(i.id());
                double points = points(i, f);
                Unit unit = ON_TIME.equals(i.id()) ? Unit.DOSSIER : Measures.of(i.id()).unit();
                indicators.add(new IndexScore.IndicatorScore(i.id(), unit, f.numerator(), f.denominator(), i.weight(), i.threshold(),
                        points));
                sum += points;
            }
            groups.add(new IndexScore.GroupScore(g.id(), g.points(), indicators, sum));
            total += sum;
        }
        return new IndexScore(period.from(), period.to(), groups, total);
    }

    /** weight × min(1, ratio ÷ threshold); with nothing to count, the configured rule. */
    private double points(IndexConfig.Indicator indicator, Fraction share) {
        if (share.denominator() == 0) {
            return config.zeroDenominator() == IndexConfig.ZeroDenominator.FULL ? indicator.weight() : 0;
        }
        return indicator.weight() * Math.min(1.0, share.ratio() / indicator.threshold());
    }
}
