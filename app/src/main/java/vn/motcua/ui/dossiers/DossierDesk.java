package vn.motcua.ui.dossiers;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.motcua.AppContext;
import vn.motcua.calendar.OfficeSession;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.DossierChanges;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierPage;
import vn.motcua.dossier.HandOver;
import vn.motcua.security.Actor;

/**
 * The services the dossier list calls, for the logged-in clerk. Every method may block on the
 * database: the screen calls them only through the background runner.
 */
public interface DossierDesk {
    DossierPage page(DossierFilter filter, int offset, int limit);

    Map<DossierFilter.Tab, Long> counts(String search);

    DossierChanges.Token changes();

    /** Active colleagues a dossier can be handed to, by full name. */
    List<Receiver> receivers();

    /** Procedures of the catalogue in force, for the filter. */
    List<ProcedureChoice> procedures();

    void handOver(String code, HandOver request);

    void resultReady(String code, String note);

    /** Today in Vietnam time, by the desk's clock. */
    LocalDate today();

    /** The working day after {@code day} (what "tomorrow" means at the desk). */
    LocalDate nextWorkingDay(LocalDate day);

    /** The length of one working day of the office (8 hours in the standard hours). */
    Duration workingDay();

    /** Someone a dossier can be handed to. */
    record Receiver(String username, String fullName) {
    }

    /** One line of the procedure filter. */
    record ProcedureChoice(String code, String name) {
    }

    static DossierDesk of(AppContext context, Actor actor, Clock clock) {
        return new DossierDesk() {
            @Override
            public DossierPage page(DossierFilter filter, int offset, int limit) {
                return context.dossierQuery().page(filter, offset, limit);
            }

            @Override
            public Map<DossierFilter.Tab, Long> counts(String search) {
                return context.dossierQuery().counts(search);
            }

            @Override
            public DossierChanges.Token changes() {
                return context.dossierChanges().current();
            }

            @Override
            public List<Receiver> receivers() {
                return context.users().list().stream().filter(u -> u.active())
                        .map(u -> new Receiver(u.username(), u.fullName()))
                        .sorted(Comparator.comparing(Receiver::fullName)).toList();
            }

            @Override
            public List<ProcedureChoice> procedures() {
                return context.catalog().current().procedures().stream().map(p -> new ProcedureChoice(p.code(), p.name()))
                        .sorted(Comparator.comparing(ProcedureChoice::code)).toList();
            }

            @Override
            public void handOver(String code, HandOver request) {
                context.processing().handOver(actor, code, request);
            }

            @Override
            public void resultReady(String code, String note) {
                context.processing().resultReady(actor, code, note);
            }

            @Override
            public LocalDate today() {
                return WorkCalendar.toLocal(clock.instant()).toLocalDate();
            }

            @Override
            public LocalDate nextWorkingDay(LocalDate day) {
                return context.calendar().inForce().addWorkingDays(day, 1);
            }

            @Override
            public Duration workingDay() {
                Duration d = Duration.ZERO;
                for (OfficeSession s : context.calendar().inForce().officeHours().sessions()) {
                    d = d.plus(Duration.between(s.start(), s.end()));
                }
                return d.isZero() ? Duration.ofHours(8) : d;
            }
        };
    }
}
