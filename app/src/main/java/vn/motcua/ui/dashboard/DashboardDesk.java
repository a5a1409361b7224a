package vn.motcua.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.DossierChanges;
import vn.motcua.reports.Breakdown;
import vn.motcua.reports.Cell;
import vn.motcua.reports.CellDossiers;
import vn.motcua.reports.OnTimeTable;
import vn.motcua.reports.Period;
import vn.motcua.reports.dashboard.AtRisk;
import vn.motcua.reports.dashboard.Granularity;
import vn.motcua.reports.dashboard.Tile;
import vn.motcua.reports.dashboard.Tiles;
import vn.motcua.reports.dashboard.TrendPoint;
import vn.motcua.reports.index766.DossierList;
import vn.motcua.reports.index766.IndexScore;
import vn.motcua.reports.index766.Part;
import vn.motcua.reports.index766.WhatIf;

/**
 * What the chair's dashboard asks the services, each call one read-only transaction. Every
 * method may block on the database: the screen calls them only through the background runner.
 */
public interface DashboardDesk {
    /** Today in Vietnam time, by the desk's clock. */
    LocalDate today();

    Tiles tiles();

    /** The 766 tile's points (today's quarter to date): asked after the tiles, it takes longer. */
    double quarterIndex();

    List<TrendPoint> trend(Granularity step, int count);

    AtRisk atRisk(int limit);

    OnTimeTable figures(Period period, Breakdown by);

    /** The 766 index of the period and what finishing this week's dossiers on time is worth. */
    Index index(Period period);

    /** A tile's dossiers, with their lines. */
    Behind tileDossiers(Tile tile);

    /** The dossiers behind one number of the breakdown table, with their lines. */
    Behind cellDossiers(Period period, Cell cell);

    /** The codes behind one side of a 766 indicator (dossiers, or procedures for a procedure share). */
    Behind indicatorDossiers(Period period, String indicatorId, Part part);

    DossierChanges.Token changes();

    /** The index and its what-if, asked together. */
    record Index(IndexScore score, WhatIf whatIf) {
    }

    /**
     * The first page of codes behind a number and their total; {@code lines} describe them
     * (empty when the codes are procedure codes).
     */
    record Behind(List<String> codes, long total, List<AtRisk.Line> lines, boolean procedures) {
    }

    static DashboardDesk of(AppContext context, Clock clock) {
        return new DashboardDesk() {
            private <T> T read(Function<Session, T> work) {
                return context.database().sessionFactory().fromTransaction(work::apply);
            }

            @Override
            public LocalDate today() {
                return WorkCalendar.toLocal(clock.instant()).toLocalDate();
            }

            @Override
            public Tiles tiles() {
                return read(s -> context.dashboard().tiles(s, today()));
            }

            @Override
            public double quarterIndex() {
                return read(s -> context.dashboard().quarterIndex(s, today()));
            }

            @Override
            public List<TrendPoint> trend(Granularity step, int count) {
                return read(s -> context.dashboard().trend(s, step, count, today()));
            }

            @Override
            public AtRisk atRisk(int limit) {
                return read(s -> context.dashboard().atRisk(s, today(), limit));
            }

            @Override
            public OnTimeTable figures(Period period, Breakdown by) {
                return read(s -> context.onTimeReport().figures(s, period, by));
            }

            @Override
            public Index index(Period period) {
                var index = context.index766();
                return read(s -> new Index(index.compute(s, period.from(), period.to()),
                        index.whatIf(s, period.from(), period.to(), today())));
            }

            @Override
            public Behind tileDossiers(Tile tile) {
                return read(s -> {
                    CellDossiers d = context.dashboard().dossiers(s, tile, today(), 0, vn.motcua.reports.OnTimeReport.PAGE);
                    return new Behind(d.codes(), d.total(), context.dashboard().lines(s, d.codes(), today()), false);
                });
            }

            @Override
            public Behind cellDossiers(Period period, Cell cell) {
                return read(s -> {
                    CellDossiers d = context.onTimeReport().dossiers(s, period, cell);
                    return new Behind(d.codes(), d.total(), context.dashboard().lines(s, d.codes(), today()), false);
                });
            }

            @Override
            public Behind indicatorDossiers(Period period, String indicatorId, Part part) {
                var index = context.index766();
                return read(s -> {
                    DossierList d = index.dossiers(s, period.from(), period.to(), indicatorId, part);
                    boolean procedures = d.unit() == vn.motcua.reports.index766.Unit.PROCEDURE;
                    return new Behind(d.codes(), d.total(), procedures ? List.of() : context.dashboard().lines(s, d.codes(), today()),
                            procedures);
                });
            }

            @Override
            public DossierChanges.Token changes() {
                return context.dossierChanges().current();
            }
        };
    }
}
