package vn.motcua.reports.index766;

import java.time.LocalDate;
import org.hibernate.Session;
import vn.motcua.reports.Breakdown;
import vn.motcua.reports.Cell;
import vn.motcua.reports.CellDossiers;
import vn.motcua.reports.Figure;
import vn.motcua.reports.OnTimeFigures;
import vn.motcua.reports.OnTimeReport;
import vn.motcua.reports.Period;

/**
 * The timeliness share taken from the on-time report, so the index, the dashboard and the
 * periodic report share one definition (reference §5): the numerator is what the on-time rate
 * counts ({@link Figure#IN_TIME}), the denominator what it is taken over ({@link Figure#JUDGED}).
 */
public final class OnTimeTimeliness implements TimelinessSource {
    private final OnTimeReport report;

    public OnTimeTimeliness(OnTimeReport report) {
        this.report = report;
    }

    @Override
    public Fraction timeliness(Session session, LocalDate from, LocalDate to) {
        OnTimeFigures total = report.figures(session, Period.of(from, to), Breakdown.NONE).total();
        return new Fraction(total.inTime(), total.judged());
    }

    @Override
    public DossierList dossiers(Session session, LocalDate from, LocalDate to, Part part) {
        Figure figure = part == Part.NUMERATOR ? Figure.IN_TIME : Figure.JUDGED;
        CellDossiers behind = report.dossiers(session, Period.of(from, to), Cell.total(figure), 0, DossierList.PAGE);
        return new DossierList(Unit.DOSSIER, behind.codes(), behind.total());
    }
}
