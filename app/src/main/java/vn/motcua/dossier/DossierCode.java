package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.office.Numbering;

/**
 * The official dossier code {@code <agency electronic ID>-<yyMMdd>-<seq>} (reference §3), e.g.
 * {@code 000.00.06.H56-231027-0361}. The agency ID is opaque; the date is the receipt day in
 * Vietnam; the sequence is exactly four digits. Final once printed: it never changes.
 */
public record DossierCode(String agencyCode, LocalDate day, int sequence) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        if (sequence < 1 || sequence > Numbering.MAX) {
            throw new IllegalArgumentException("Sequence " + sequence + " is not four digits");
        }
    }

    /** The counter this code's sequence is drawn from: one per agency ID and receipt day. */
    static String counterName(String agencyCode, LocalDate day) {
        return "code:" + agencyCode + ":" + DAY.format(day);
    }

    @Override
    public String toString() {
        return agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
    }
}
