package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.calendar.DeadlineLedger;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.calendar.Verdict;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.CatalogService;
import vn.motcua.common.MessageKey;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.OfficeService;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditTrail;
import vn.motcua.security.Permission;
import vn.motcua.security.StaffUser;
import vn.motcua.storage.Database;
import vn.motcua.sync.Outbox;
import vn.motcua.workcalendar.CalendarService;

/**
 * Moves a dossier along after the receipt: hand-overs, supplement rounds, extensions, result
 * ready and returned, withdrawal, stop, refusal. Each call is one transaction that checks the
 * move with {@link Transitions}, then writes the status event, the ledger change, the audit
 * entry and the outbox entry together with the dossier; a refused move writes nothing.
 */
public final class ProcessingService {
    private final Database database;
    private final SessionFactory db;
    private final CalendarService calendar;
    private final CatalogService catalog;
    private final OfficeService office;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final DossierCodeAllocator counters;
    private final DossierRecords records;
    private final Clock clock;

    public ProcessingService(Database database, CalendarService calendar, CatalogService catalog, OfficeService office,
            AuditTrail audit, Outbox outbox, Clock clock) {
        this.database = database;
        this.db = database.sessionFactory();
        this.calendar = calendar;
        this.catalog = catalog;
        this.office = office;
        this.audit = audit;
        this.outbox = outbox;
        this.counters = new DossierCodeAllocator(db);
        this.records = new DossierRecords(db);
        this.clock = clock;
    }

    /**
     * The generic move the command line offers ({@code dossier transition CODE --to N}): 4 is a
     * hand-over, 5 a supplement request, 9 result ready, 10 returned, 3/7/8 refusal, withdrawal, stop.
     */
    public Dossier transition(Actor actor, String code, DossierStatus to, TransitionRequest request) {
        DossierStatus from = records.require(code).status();
        boolean noReceiver = request.toUser() == null && request.toUnit() == null;
        if (from == DossierStatus.SUPPLEMENT_REQUESTED && (to == DossierStatus.ACCEPTED || to == DossierStatus.IN_PROCESS)) {
            return receiveSupplement(actor, code, request.note()); // back to where it was before the request
        }
        return switch (to) {
            case IN_PROCESS -> from == DossierStatus.AWAITING_PAYMENT && noReceiver ? simple(actor, code, to, request.note())
                    : handOver(actor, code, new HandOver(request.toUser(), request.toUnit(), request.stepWorkingDays(), request.note()));
            case SUPPLEMENT_REQUESTED -> requestSupplement(actor, code, request.note());
            case RESULT_READY -> resultReady(actor, code, request.note());
            case RETURNED -> returnResult(actor, code, request.receivedBy(), request.note());
            case REFUSED, WITHDRAWN, STOPPED -> close(actor, code, to, request.note());
            case ACCEPTED -> from == DossierStatus.SUBMITTED_ONLINE ? accept(actor, code, request.note())
                    : simple(actor, code, to, request.note());
            case AWAITING_PAYMENT -> simple(actor, code, to, request.note());
            case SUBMITTED_ONLINE -> simple(actor, code, to, request.note());
        };
    }

    /** Hands the dossier to a colleague (or unit): closes the giver's step with its verdict, opens the receiver's. */
    public Dossier handOver(Actor actor, String code, HandOver request) {
        actor.require(Permission.PROCESS_DOSSIER);
        String toUser = Text.nfcOrNull(request.toUser());
        String toUnit = Text.nfcOrNull(request.toUnit());
        if (toUser == null && toUnit == null) {
            throw new UserFacingException("dossier.handOver.noReceiver");
        }
        if (request.stepWorkingDays() != null && request.stepWorkingDays() < 1) {
            throw new UserFacingException("dossier.handOver.badStepDays", request.stepWorkingDays());
        }
        StaffUser receiver = toUser == null ? null : findUser(toUser);
        String note = Text.nfcOrNull(request.note());
        return move(actor, code, DossierStatus.IN_PROCESS, "DOSSIER_HAND_OVER", (s, d) -> {
            if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
                // the clock is paused for the citizen: only the supplement received resumes it (found by the sync simulation,
                // seed 308940: a hand-over here left the ledger paused and the next supplement request failed)
                throw new UserFacingException("dossier.handOver.awaitingSupplement", d.code());
            }
            Instant now = clock.instant();
            WorkCalendar rules = calendar.inForce();
            List<HandOverStep> steps = steps(s, d.id());
            Optional<HandOverStep> open = steps.stream().filter(st -> st.finishedAt() == null).findFirst();
            open.ifPresent(st -> st.finish(now, verdict(st.stepDueAt(), now)));
            if (d.status() == DossierStatus.RESULT_READY) {
                d.finish(null, null); // sent back for more work: the dossier is open again
            }
            Instant stepDue = request.stepWorkingDays() == null ? d.dueAt()
                    : rules.due(WorkCalendar.toLocal(now), TimeBudget.workingDays(request.stepWorkingDays()))
                            .map(WorkCalendar::toInstant).orElse(d.dueAt());
            HandOverStep.Party giver = new HandOverStep.Party(actor.id(), display(actor), d.handlerUnit());
            HandOverStep.Party to = receiver == null ? new HandOverStep.Party(null, toUnit, toUnit)
                    : new HandOverStep.Party(receiver.id(), receiver.fullName(), toUnit);
            s.persist(new HandOverStep(d.id(), steps.size() + 1, giver, to, now, stepDue, note));
            d.handTo(to.id(), to.name(), to.unit());
            return to.name();
        }, note);
    }

    /** Asks the citizen for a supplement (form 02): the clock stops; the round is kept. */
    public Dossier requestSupplement(Actor actor, String code, String content) {
        actor.require(Permission.PROCESS_DOSSIER);
        String what = Text.nfcOrNull(content);
        if (what == null) {
            throw new UserFacingException("dossier.supplement.noContent");
        }
        return move(actor, code, DossierStatus.SUPPLEMENT_REQUESTED, "DOSSIER_SUPPLEMENT_REQUEST", (s, d) -> {
            Instant now = clock.instant();
            ledger(s, d).ifPresent(l -> saveLedger(s, d, l.requestSupplement(WorkCalendar.toLocal(now), what)));
            int round = rounds(s, d.id()).size() + 1;
            s.persist(new SupplementRound(d.id(), round, what, now, display(actor), d.status(), d.dueAt()));
            d.reason(what);
            return null;
        }, what);
    }

    /**
     * The supplement arrived: the clock runs again under the dossier's pause policy, the round is
     * closed with the old and new due dates, and the dossier goes back to where it was. A dossier
     * sent back at the counter (no clock yet) is accepted now and its clock starts now.
     */
    public Dossier receiveSupplement(Actor actor, String code, String note) {
        actor.require(Permission.PROCESS_DOSSIER);
        Dossier current = records.require(code);
        if (current.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new UserFacingException("dossier.supplement.notWaiting", current.code(),
                    new MessageKey(current.status().messageKey()));
        }
        SupplementRound round = db.fromTransaction(s -> rounds(s, current.id()).stream().filter(SupplementRound::open).findFirst()
                .orElse(null));
        DossierStatus back = round == null ? DossierStatus.ACCEPTED : round.resumeStatus();
        String text = Text.nfcOrNull(note);
        return move(actor, code, back, "DOSSIER_SUPPLEMENT_RECEIVED", (s, d) -> {
            Instant now = clock.instant();
            LocalDateTime local = WorkCalendar.toLocal(now);
            Instant oldDue = d.dueAt();
            Optional<DeadlineLedger> ledger = ledger(s, d);
            if (ledger.isPresent()) {
                saveLedger(s, d, ledger.get().receiveSupplement(local));
            } else {
                openLedger(s, d, local);
            }
            rounds(s, d.id()).stream().filter(SupplementRound::open).findFirst()
                    .ifPresent(r -> r.received(now, display(actor), d.dueAt()));
            shiftOpenStep(s, d, oldDue);
            return null;
        }, text);
    }

    /**
     * Extends the deadline by some working days with the reason (form 04 is the letter): the
     * ledger records it, both dates are kept, the letter gets the year's next number.
     */
    public Dossier extend(Actor actor, String code, int workingDays, String reason) {
        actor.require(Permission.PROCESS_DOSSIER);
        String why = Text.nfcOrNull(reason);
        if (why == null) {
            throw new UserFacingException("dossier.extend.noReason");
        }
        if (workingDays < 1 || workingDays > 60) {
            throw new UserFacingException("dossier.extend.badDays", workingDays);
        }
        Dossier current = records.require(code);
        if (!current.status().clockRuns()) {
            throw new UserFacingException("dossier.extend.notRunning", current.code(),
                    new MessageKey(current.status().messageKey()));
        }
        int year = WorkCalendar.toLocal(clock.instant()).getYear();
        counters.prepareLetters(year);
        return move(actor, code, current.status(), "DOSSIER_EXTEND", (s, d) -> {
            Instant now = clock.instant();
            DeadlineLedger ledger = ledger(s, d).orElseThrow(() -> new UserFacingException("dossier.extend.noDeadline", d.code()));
            if (ledger.due().isEmpty()) {
                throw new UserFacingException("dossier.extend.noDeadline", d.code());
            }
            Instant oldDue = d.dueAt();
            saveLedger(s, d, ledger.extend(WorkCalendar.toLocal(now), workingDays, why));
            s.persist(new DossierExtension(d.id(), now, workingDays, why, oldDue, d.dueAt(), counters.letterNumber(s, year),
                    display(actor)));
            return null;
        }, why);
    }

    /** The result is ready at the desk (9): the open step and the dossier get their verdicts. */
    public Dossier resultReady(Actor actor, String code, String note) {
        actor.require(Permission.PROCESS_DOSSIER);
        return move(actor, code, DossierStatus.RESULT_READY, "DOSSIER_RESULT_READY", (s, d) -> {
            Instant now = clock.instant();
            steps(s, d.id()).stream().filter(st -> st.finishedAt() == null).forEach(st -> st.finish(now, verdict(st.stepDueAt(), now)));
            d.finish(now, verdict(d.dueAt(), now));
            d.handTo(null, null, null);
            return null;
        }, Text.nfcOrNull(note));
    }

    /** The result is handed over (10) to the citizen or the person they sent, whose name is kept. */
    public Dossier returnResult(Actor actor, String code, String receivedBy, String note) {
        actor.require(Permission.RETURN_RESULT);
        String who = Text.nfcOrNull(receivedBy);
        return move(actor, code, DossierStatus.RETURNED, "DOSSIER_RETURN", (s, d) -> {
            d.returned(clock.instant(), who != null ? who : d.applicant().fullName());
            return null;
        }, Text.nfcOrNull(note));
    }

    /** Refusal (3, form 03), withdrawal by the citizen (7, form 05) or stop (8, form 05): a reason is required. */
    public Dossier close(Actor actor, String code, DossierStatus to, String reason) {
        actor.require(Permission.PROCESS_DOSSIER);
        String why = Text.nfcOrNull(reason);
        if (why == null) {
            throw new UserFacingException("dossier.close.noReason", new MessageKey(to.messageKey()));
        }
        return move(actor, code, to, "DOSSIER_" + to.name(), (s, d) -> {
            Instant now = clock.instant();
            steps(s, d.id()).stream().filter(st -> st.finishedAt() == null).forEach(st -> st.finish(now, null));
            d.finish(now, null);
            d.reason(why);
            d.handTo(null, null, null);
            return null;
        }, why);
    }

    /** A dossier submitted online (1) accepted at the desk: the clock starts now. */
    public Dossier accept(Actor actor, String code, String note) {
        actor.require(Permission.RECEIVE_DOSSIER);
        return move(actor, code, DossierStatus.ACCEPTED, "DOSSIER_ACCEPT", (s, d) -> {
            if (ledger(s, d).isEmpty()) {
                openLedger(s, d, WorkCalendar.toLocal(clock.instant()));
            }
            return null;
        }, Text.nfcOrNull(note));
    }

    private Dossier simple(Actor actor, String code, DossierStatus to, String note) {
        actor.require(Permission.PROCESS_DOSSIER);
        return move(actor, code, to, "DOSSIER_TRANSITION", (s, d) -> null, Text.nfcOrNull(note));
    }

    /** Records the citizen's rating (1 very satisfied, 2 satisfied, 3 not satisfied — with a reason) once the result is returned. */
    public DossierRating rate(Actor actor, String code, int level, String reason) {
        actor.require(Permission.RETURN_RESULT);
        String why = Text.nfcOrNull(reason);
        if (level < 1 || level > 3) {
            throw new UserFacingException("dossier.rate.badLevel", level);
        }
        if (level == 3 && why == null) {
            throw new UserFacingException("dossier.rate.reasonNeeded");
        }
        return db.fromTransaction(s -> {
            Dossier d = DossierRecords.byCode(s, Text.nfc(code)).orElseThrow(() -> new UserFacingException("dossier.notFound", code));
            if (d.status() != DossierStatus.RETURNED) {
                throw new UserFacingException("dossier.rate.notReturned", d.code(), new MessageKey(d.status().messageKey()));
            }
            if (s.find(DossierRating.class, d.id()) != null) {
                throw new UserFacingException("dossier.rate.already", d.code());
            }
            DossierRating rating = new DossierRating(d.id(), level, why, clock.instant());
            s.persist(rating);
            audit.record(s, actor, "DOSSIER_RATE", "dossier", d.id(), d.code() + " " + level);
            outbox.enqueue(s, "dossier", d.id(), "RATE", ProcessingPayload.rating(d, rating));
            return rating;
        });
    }

    // ---- the one transaction every move goes through ----

    /** What a move does besides the status: returns the receiver's name for a hand-over, else null. */
    private interface Change {
        String apply(Session s, Dossier d);
    }

    private Dossier move(Actor actor, String code, DossierStatus to, String action, Change change, String note) {
        Dossier result;
        try {
            result = db.fromTransaction(s -> {
            Dossier d = DossierRecords.byCode(s, Text.nfc(code)).orElseThrow(() -> new UserFacingException("dossier.notFound", code));
            s.lock(d, LockMode.PESSIMISTIC_WRITE);
            DossierStatus from = d.status();
            if (action.equals("DOSSIER_EXTEND")) {
                if (!from.clockRuns()) { // checked again under the lock: another desk may have moved it
                    throw new UserFacingException("dossier.extend.notRunning", d.code(), new MessageKey(from.messageKey()));
                }
            } else {
                Transitions.check(d, to);
            }
            String receiver = change.apply(s, d);
            Instant now = clock.instant();
            if (from != to) {
                d.moveTo(to, now);
            }
            s.persist(new StatusEvent(d.id(), now, actor, from, to, note, receiver));
            audit.record(s, actor, action, "dossier", d.id(), d.code() + " " + from.code() + "→" + to.code());
            outbox.enqueue(s, "dossier", d.id(), action.substring("DOSSIER_".length()), ProcessingPayload.status(d, from, note, actor));
            return d;
        });
        } catch (jakarta.persistence.OptimisticLockException | org.hibernate.StaleStateException e) {
            // another desk changed the dossier between our read and our row lock (several desks on
            // PostgreSQL): nothing was written; the clerk reopens it, sees what changed and decides
            throw new UserFacingException(e, "dossier.changedElsewhere", code);
        }
        database.forceToDisk();
        return result;
    }

    // ---- ledger ----

    private Optional<DeadlineLedger> ledger(Session s, Dossier d) {
        return Optional.ofNullable(s.find(LedgerRecord.class, d.id())).map(r -> r.toLedger(calendar.inForce()));
    }

    private static void saveLedger(Session s, Dossier d, DeadlineLedger ledger) {
        s.find(LedgerRecord.class, d.id()).update(ledger);
        d.changeDue(ledger.dueInstant().orElse(null));
    }

    /** The clock of a dossier received without one (sent back at the counter, online) starts at {@code at}. */
    private void openLedger(Session s, Dossier d, LocalDateTime at) {
        TimeBudget budget = catalog.find(d.procedureCode(), d.catalogVersion()).map(p -> p.time().budget())
                .orElseThrow(() -> new UserFacingException("dossier.unknownProcedure", d.procedureCode()));
        var policy = office.current().map(o -> o.pausePolicy()).orElse(vn.motcua.calendar.PausePolicy.SHIFT_BY_PAUSED_TIME);
        DeadlineLedger ledger = DeadlineLedger.open(calendar.inForce(), at, budget, policy);
        s.persist(new LedgerRecord(d.id(), ledger));
        d.changeDue(ledger.dueInstant().orElse(null));
    }

    /** The open step's own deadline moves by as many working days as the dossier's did. */
    private void shiftOpenStep(Session s, Dossier d, Instant oldDue) {
        if (oldDue == null || d.dueAt() == null) {
            return;
        }
        WorkCalendar rules = calendar.inForce();
        int days = rules.workingDaysBetween(WorkCalendar.toLocal(oldDue).toLocalDate(), WorkCalendar.toLocal(d.dueAt()).toLocalDate());
        steps(s, d.id()).stream().filter(st -> st.finishedAt() == null && st.stepDueAt() != null).forEach(st -> {
            LocalDateTime due = WorkCalendar.toLocal(st.stepDueAt());
            st.moveDue(WorkCalendar.toInstant(rules.addWorkingDays(due.toLocalDate(), days).atTime(due.toLocalTime())));
        });
    }

    /** The one on-time rule (by date in Vietnam time, see DeadlineLedger); null without a due date. */
    static Verdict verdict(Instant due, Instant finished) {
        if (due == null) {
            return null;
        }
        int c = WorkCalendar.toLocal(finished).toLocalDate().compareTo(WorkCalendar.toLocal(due).toLocalDate());
        return c < 0 ? Verdict.EARLY : c == 0 ? Verdict.ON_TIME : Verdict.LATE;
    }

    static List<HandOverStep> steps(Session s, UUID dossierId) {
        return s.createSelectionQuery("from HandOverStep h where h.dossierId = :d order by h.stepNo", HandOverStep.class)
                .setParameter("d", dossierId).getResultList();
    }

    static List<SupplementRound> rounds(Session s, UUID dossierId) {
        return s.createSelectionQuery("from SupplementRound r where r.dossierId = :d order by r.roundNo", SupplementRound.class)
                .setParameter("d", dossierId).getResultList();
    }

    private StaffUser findUser(String username) {
        return db.fromTransaction(s -> s.createSelectionQuery("from StaffUser u where u.username = :u and u.active", StaffUser.class)
                .setParameter("u", username).uniqueResultOptional())
                .orElseThrow(() -> new UserFacingException("user.unknownUser", username));
    }

    private static String display(Actor actor) {
        return actor.fullName() != null ? actor.fullName() : actor.username();
    }
}
