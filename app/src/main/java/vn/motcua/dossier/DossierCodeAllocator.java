package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.Numbering;
import vn.motcua.office.NumberingMode;

/**
 * Hands out dossier codes: per agency ID and receipt day, within the desk's share of the daily
 * sequence ({@link Numbering}), never reused and without gaps (see {@link SequenceCounters}).
 * Running out refuses the intake before anything is written or printed.
 */
public final class DossierCodeAllocator {
    private final SequenceCounters counters;

    public DossierCodeAllocator(SessionFactory db) {
        this.counters = new SequenceCounters(db);
    }

    /** Outside any transaction: makes sure the day's counter exists. */
    void prepare(String agencyCode, LocalDate day) {
        counters.ensure(DossierCode.counterName(agencyCode, day), 0);
    }

    /** Inside the intake transaction, after {@link #prepare}. */
    DossierCode allocate(Session s, String agencyCode, LocalDate day, Numbering numbering) {
        List<long[]> ranges = new ArrayList<>();
        if (numbering.mode() == NumberingMode.LEASED) { // the day's leased blocks, then the reserve
            CodeLeases.blocks(s, agencyCode, day).forEach(b -> ranges.add(new long[] {b.from(), b.to()}));
        }
        ranges.add(new long[] {numbering.from(), numbering.to()});
        long seq = counters.next(s, DossierCode.counterName(agencyCode, day), ranges)
                .orElseThrow(() -> new UserFacingException("dossier.numbersExhausted", day.toString(),
                        String.format("%04d", numbering.from()), String.format("%04d", numbering.to())));
        return new DossierCode(agencyCode, day, (int) seq);
    }

    /** Outside any transaction: makes sure the year's register counter exists. */
    void prepareRegister(int year) {
        counters.ensure(registerName(year), 0);
    }

    /** The next line of the year's dossier register (sổ theo dõi hồ sơ, form 07). */
    int registerLine(Session s, int year) {
        return (int) counters.next(s, registerName(year), 1, Integer.MAX_VALUE).orElseThrow();
    }

    /** Outside any transaction: makes sure the year's apology-letter counter exists. */
    void prepareLetters(int year) {
        counters.ensure("apology:" + year, 0);
    }

    /** The number of the next apology letter (form 04) of the year, e.g. "3/VBXL-2026". */
    String letterNumber(Session s, int year) {
        return counters.next(s, "apology:" + year, 1, Integer.MAX_VALUE).orElseThrow() + "/VBXL-" + year;
    }

    static String registerName(int year) {
        return "register:" + year;
    }
}
