package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.calendar.DeadlineLedger;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.FeeLine;
import vn.motcua.catalog.Procedure;
import vn.motcua.citizen.Applicant;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.ApplicantDirectory;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.Office;
import vn.motcua.office.OfficeService;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.storage.Database;
import vn.motcua.sync.Outbox;
import vn.motcua.workcalendar.CalendarService;

/**
 * Receives a dossier at the desk (tiếp nhận hồ sơ): the one service the intake screen and
 * {@code dossier receive} both call.
 *
 * <p>Everything is checked first (a refused request consumes no code); then one transaction
 * draws the code, remembers the applicant and writes the dossier, checklist, fees, first
 * status event, deadline ledger, audit entry and outbox entry together; then the commit is
 * forced to disk, because the receipt printed next is a legal promise.
 */
public final class IntakeService {
    private final Database database;
    private final ReceiptJournal journal;
    private final SessionFactory db;
    private final CatalogService catalog;
    private final ApplicantDirectory applicants;
    private final CalendarService calendar;
    private final OfficeService office;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final DossierCodeAllocator codes;
    private final Clock clock;

    public IntakeService(Database database, CatalogService catalog, ApplicantDirectory applicants, CalendarService calendar,
            OfficeService office, AuditTrail audit, Outbox outbox, ReceiptJournal journal, Clock clock) {
        this.database = database;
        this.journal = journal;
        this.db = database.sessionFactory();
        this.catalog = catalog;
        this.applicants = applicants;
        this.calendar = calendar;
        this.office = office;
        this.audit = audit;
        this.outbox = outbox;
        this.codes = new DossierCodeAllocator(db);
        this.clock = clock;
    }

    public IntakeResult receive(Actor actor, IntakeRequest request) {
        actor.require(Permission.RECEIVE_DOSSIER);
        if (request.clientId() != null) {
            Optional<IntakeResult> earlier = db.fromTransaction(s -> Optional.ofNullable(s.find(Dossier.class, request.clientId()))
                    .map(d -> new IntakeResult(d.id(), d.code(), d.status(), d.dueAt(), true)));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.instant();
        IntakeChecks.general(request, now);
        Office here = office.current().orElseThrow(() -> new UserFacingException("office.notInitialized"));
        CatalogVersion version = catalog.current();
        String procedureCode = Text.nfcOrNull(request.procedureCode());
        Procedure procedure = (procedureCode == null ? Optional.<Procedure>empty() : version.find(procedureCode))
                .orElseThrow(() -> new UserFacingException("dossier.unknownProcedure", String.valueOf(request.procedureCode())));
        List<DossierComponent> checklist = IntakeChecks.checklist(request, procedure);
        ApplicantDetails applicant = request.applicant().normalized();
        applicant.validate();
        Instant receivedAt = request.receivedAt() != null ? request.receivedAt() : now;
        LocalDateTime local = WorkCalendar.toLocal(receivedAt);
        LocalDate day = local.toLocalDate();
        WorkCalendar rules = calendar.inForce();
        DeadlineLedger ledger = request.outcome() == IntakeOutcome.ACCEPT
                ? DeadlineLedger.open(rules, clockStart(rules, procedure, local), procedure.time().budget(), here.pausePolicy()) : null;
        List<FeeLine> feeLines = request.outcome() == IntakeOutcome.ACCEPT
                ? procedure.fee().compute(request.channel().code(), request.components()) : List.of();

        codes.prepare(here.agencyCode(), day);
        codes.prepareRegister(day.getYear());
        ReceiptJournal.Entry[] receipt = new ReceiptJournal.Entry[1];
        IntakeResult result = db.fromTransaction(s -> {
            DossierCode code = codes.allocate(s, here.agencyCode(), day, here.numbering());
            int line = codes.registerLine(s, day.getYear());
            Applicant person = applicants.remember(s, applicant);
            UUID id = request.clientId() != null ? request.clientId() : UUID.randomUUID();
            DossierStatus status = switch (request.outcome()) {
                case ACCEPT -> DossierStatus.ACCEPTED;
                case REQUEST_SUPPLEMENT -> DossierStatus.SUPPLEMENT_REQUESTED;
                case REFUSE -> DossierStatus.REFUSED;
            };
            Instant due = ledger == null ? null : ledger.dueInstant().orElse(null);
            ReceivedProcedure received = new ReceivedProcedure(procedure.code(), procedure.name(), procedure.field(),
                    version.version(), rules.version(), procedure.time().legalTimeText());
            IntakeParties parties = new IntakeParties(request.channel(), request.applicantType(), person.id(),
                    ApplicantSnapshot.of(applicant), Text.nfcOrNull(request.ownerName()), request.sets(),
                    Text.nfcOrNull(request.returnMethod()), Text.nfcOrNull(request.reason()), actor);
            Dossier dossier = new Dossier(id, code, received, parties, status, receivedAt, due,
                    String.valueOf(day.getYear()), line, checklist, now);
            s.persist(dossier);
            s.flush(); // the name words refer to the dossier row
            NameKeys.insert(s, id, applicant.fullName());
            List<DossierFee> fees = persistFees(s, id, feeLines);
            s.persist(new StatusEvent(id, now, actor, null, status, Text.nfcOrNull(request.reason())));
            if (ledger != null) {
                s.persist(new LedgerRecord(id, ledger));
            }
            audit.record(s, actor, "DOSSIER_RECEIVE", "dossier", id, code + " " + status.name());
            outbox.enqueue(s, "dossier", id, "RECEIVE", DossierPayload.received(dossier, fees));
            receipt[0] = new ReceiptJournal.Entry(id, code.toString(), DossierCode.counterName(here.agencyCode(), day), code.sequence(),
                    DossierCodeAllocator.registerName(day.getYear()), line);
            return new IntakeResult(id, code.toString(), status, due, false);
        });
        database.forceToDisk();
        journal.record(receipt[0]);
        return result;
    }

    /**
     * Some working-day procedures (e.g. the birth–residence–health-insurance bundle) count
     * from the next working day when received after a cut-off: the clock then starts at
     * that day's opening. Same-day budgets carry their cut-off themselves.
     */
    private static LocalDateTime clockStart(WorkCalendar rules, Procedure procedure, LocalDateTime received) {
        java.time.LocalTime cutoff = procedure.time().startsNextDayAfter();
        if (cutoff == null || !received.toLocalTime().isAfter(cutoff)) {
            return received;
        }
        return rules.nextWorkingDay(received.toLocalDate()).atTime(rules.officeHours().opening());
    }

    private static List<DossierFee> persistFees(Session s, UUID dossierId, List<FeeLine> lines) {
        List<DossierFee> fees = new ArrayList<>();
        int n = 0;
        for (FeeLine line : lines) {
            if (line.amount() > 0) {
                DossierFee fee = new DossierFee(dossierId, ++n, line.code(), line.name(), line.amount());
                s.persist(fee);
                fees.add(fee);
            }
        }
        return fees;
    }
}
