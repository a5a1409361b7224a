package vn.motcua.reports.index766;

import java.time.LocalDate;
import org.hibernate.Session;

/**
 * The timeliness share of the index (reference §9): (open in time + resolved early or on time)
 * ÷ dossiers received (carried over + new) in the period. The on-time report owns the one
 * definition of those words (reference §5); this seam lets the index take its figures from it.
 * {@link OnTimeTimeliness} is that source.
 */
public interface TimelinessSource {
    /** The share for the period {@code from}..{@code to} (whole days, Vietnam time), counted in the database. */
    Fraction timeliness(Session session, LocalDate from, LocalDate to);

    /** The dossier codes behind one side of that share (the click-through), first {@link DossierList#PAGE} and the total. */
    DossierList dossiers(Session session, LocalDate from, LocalDate to, Part part);
}
