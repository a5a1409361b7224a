package vn.motcua.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.CodeLeases;
import vn.motcua.office.NumberingMode;
import vn.motcua.office.OfficeService;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.workcalendar.CalendarService;

/**
 * While the line is up, keeps leased dossier numbers in hand for today and the next
 * {@value #DAYS_AHEAD} working days (leased numbering, issue 8): a day whose leased numbers
 * left are fewer than half its need gets one more block of a day's need, sized from the
 * office's own history. Called by the sync runner after each push and pull; does nothing for an
 * office that does not number by lease.
 *
 * <p>The request carries a fresh idempotency key each time. If its answer is lost, the portal
 * has set a block aside that the desk never learns of: some numbers of that day go unused,
 * none is ever given twice.
 */
public final class CodeLeaseRefresh {
    /** Working days after today covered by leases: a long weekend plus a few days' outage. */
    public static final int DAYS_AHEAD = 5;

    private final CodeLeases leases;
    private final OfficeService office;
    private final CalendarService calendar;
    private final Clock clock;

    public CodeLeaseRefresh(CodeLeases leases, OfficeService office, CalendarService calendar, Clock clock) {
        this.leases = leases;
        this.office = office;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What one refresh did: the days it asked for, and the portal's answer (null when nothing was asked). */
    public record Outcome(List<LocalDate> asked, int size, PortalAnswer answer) {
    }

    public Outcome refresh(PortalAdapter portal) {
        var here = office.current().orElse(null);
        if (here == null || here.numbering().mode() != NumberingMode.LEASED) {
            return new Outcome(List.of(), 0, null);
        }
        String agency = here.agencyCode();
        WorkCalendar rules = calendar.inForce();
        LocalDate today = WorkCalendar.toLocal(clock.instant()).toLocalDate();
        List<LocalDate> days = new ArrayList<>();
        LocalDate d = rules.isWorkingDay(today) ? today : rules.nextWorkingDay(today);
        for (int i = 0; i <= DAYS_AHEAD; i++) {
            days.add(d);
            d = rules.nextWorkingDay(d);
        }
        int need = leases.dailyNeed(agency, today);
        List<LocalDate> asked = leases.runningShort(agency, days, need);
        if (asked.isEmpty()) {
            return new Outcome(asked, need, null);
        }
        PortalAnswer answer = portal.leaseCodes(agency, UUID.randomUUID(), asked, need);
        if (answer instanceof PortalAnswer.Accepted ok) {
            leases.record(agency, blocks(ok.body()));
        }
        return new Outcome(asked, need, answer);
    }

    /** {@code {"leases":[{"day","from","to"}]}}; a malformed entry is skipped, never half-kept. */
    static List<CodeLeases.Block> blocks(JsonNode body) {
        List<CodeLeases.Block> out = new ArrayList<>();
        if (body == null || !body.path("leases").isArray()) {
            return out;
        }
        for (JsonNode l : body.path("leases")) {
            try {
                out.add(new CodeLeases.Block(LocalDate.parse(l.path("day").asText()), l.path("from").asInt(), l.path("to").asInt()));
            } catch (RuntimeException malformed) {
                // a block we cannot read is a block we do not use: the portal keeps it, no collision
            }
        }
        return out;
    }
}
