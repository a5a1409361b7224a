package vn.motcua.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Text;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditTrail;

/**
 * The pull side of the sync inside the dossier aggregate: dossiers submitted online become
 * desk dossiers, the portal's status decisions and field changes are applied. Every method
 * works in the caller's transaction (the puller applies a page, records its change IDs and
 * moves its cursor in one), writes its audit line as SYSTEM ("SYNC_…") and never an outbox
 * entry: what came from the portal must not be sent back to it.
 */
public final class PortalDossiers {
    /** Fields of the national API the desk keeps in its own columns and may take from the portal. */
    public static final java.util.List<String> FIELDS = java.util.List.of("ChuHoSo", "SoDienThoai", "Email", "NgayHenTra");
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final AuditTrail audit;
    private final Clock clock;
    private final PortalFees fees;

    public PortalDossiers(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.fees = new PortalFees(audit, clock);
    }

    /** The portal's fee lines taken on the desk (fees and payment are portal-owned). */
    public PortalFees fees() {
        return fees;
    }

    public Optional<Dossier> find(Session s, UUID id) {
        return Optional.ofNullable(s.find(Dossier.class, id));
    }

    /**
     * The desk copy of a dossier submitted online (status 1, channel online), or the one the
     * desk already holds under the same UUID or the same code (MaHoSo): never two.
     */
    public Dossier createOnline(Session s, JsonNode snapshot) {
        UUID id = UUID.fromString(snapshot.path("uuid").asText());
        Dossier same = s.find(Dossier.class, id);
        String code = Text.nfc(snapshot.path("MaHoSo").asText());
        if (same == null) {
            same = DossierRecords.byCode(s, code).orElse(null);
        }
        if (same != null) {
            return same;
        }
        DossierCode parsed = parseCode(code);
        ReceivedProcedure procedure = new ReceivedProcedure(text(snapshot, "MaTTHC", "?"), text(snapshot, "TenTTHC", "?"),
                text(snapshot, "TenLinhVuc", null), text(snapshot, "catalogVersion", "portal"),
                text(snapshot, "calendarVersion", "portal"), "");
        String owner = text(snapshot, "ChuHoSo", "");
        ApplicantSnapshot applicant = ApplicantSnapshot.fromPortal(owner, text(snapshot, "SoGiayToChuHoSo", null),
                text(snapshot, "SoDienThoai", null), text(snapshot, "Email", null));
        int type = snapshot.path("LoaiDoiTuong").asInt(1);
        ApplicantType applicantType = java.util.Arrays.stream(ApplicantType.values()).filter(t -> t.code() == type).findFirst()
                .orElse(ApplicantType.CITIZEN);
        IntakeParties parties = new IntakeParties(Channel.ONLINE, applicantType, null, applicant, owner, 1, null, null, Actor.SYSTEM);
        Instant now = clock.instant();
        Instant received = time(text(snapshot, "NgayTiepNhan", text(snapshot, "receivedServerTime", null)));
        DossierStatus status = DossierStatus.of(snapshot.path("TrangThaiHoSo").asInt(DossierStatus.SUBMITTED_ONLINE.code()));
        // not in the desk's register (line 0) until a clerk accepts it: the register lists what the counter received
        Dossier d = new Dossier(id, parsed, procedure, parties, status, received == null ? now : received,
                time(text(snapshot, "NgayHenTra", null)), String.valueOf(parsed.day().getYear()), 0, java.util.List.of(), now);
        s.persist(d);
        s.flush();
        NameKeys.insert(s, id, owner);
        s.persist(new StatusEvent(id, now, Actor.SYSTEM, null, status, "portal"));
        audit.record(s, Actor.SYSTEM, "SYNC_ONLINE_DOSSIER", "dossier", id, code);
        return d;
    }

    /**
     * A withdrawal, refusal or stop decided on the portal wins over desk progress (design/sync.md
     * "Who owns what"); other portal moves are taken when the status table allows them. Returns
     * true when the desk's status changed.
     */
    public boolean applyPortalStatus(Session s, Dossier d, DossierStatus to, String note) {
        DossierStatus from = d.status();
        if (from == to) {
            return false;
        }
        boolean portalDecision = to == DossierStatus.WITHDRAWN || to == DossierStatus.REFUSED || to == DossierStatus.STOPPED;
        if (!portalDecision && !Transitions.allowed(from, to)) {
            audit.record(s, Actor.SYSTEM, "SYNC_STATUS_IGNORED", "dossier", d.id(), d.code() + " " + from.code() + "→" + to.code());
            return false;
        }
        Instant now = clock.instant();
        d.moveTo(to, now);
        if (note != null) {
            d.reason(note);
        }
        s.persist(new StatusEvent(d.id(), now, Actor.SYSTEM, from, to, note == null ? "portal" : note));
        audit.record(s, Actor.SYSTEM, "SYNC_STATUS", "dossier", d.id(), d.code() + " " + from.code() + "→" + to.code());
        return true;
    }

    /** The desk's value of one of {@link #FIELDS}, as the portal would write it. */
    public String value(Dossier d, String field) {
        return switch (field) {
            case "ChuHoSo" -> d.ownerName() != null ? d.ownerName() : d.applicant().fullName();
            case "SoDienThoai" -> d.applicant().phone();
            case "Email" -> d.applicant().email();
            case "NgayHenTra" -> PortalTime.format(d.dueAt());
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Takes the portal's value of one of {@link #FIELDS}; the desk's value before goes to the audit trail (fault 22). */
    public void set(Session s, Dossier d, String field, String portalValue) {
        String before = value(d, field);
        String v = Text.nfcOrNull(portalValue);
        write(d, field, v);
        audit.record(s, Actor.SYSTEM, "SYNC_FIELD", "dossier", d.id(), field + ": desk " + before + " → portal " + v);
    }

    /** Puts the desk's own value of one of {@link #FIELDS} back, when a person kept it in a clash (the caller audits). */
    public void keepDesk(Dossier d, String field, String deskValue) {
        if (!java.util.Objects.equals(value(d, field), deskValue)) {
            write(d, field, Text.nfcOrNull(deskValue));
        }
    }

    private static void write(Dossier d, String field, String v) {
        switch (field) {
            case "ChuHoSo" -> d.ownerName(v);
            case "SoDienThoai" -> d.applicant().contact(v, d.applicant().email());
            case "Email" -> d.applicant().contact(d.applicant().phone(), v);
            case "NgayHenTra" -> d.changeDue(time(v));
            default -> throw new IllegalArgumentException(field);
        }
    }

    private static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? fallback : Text.nfc(v.asText());
    }

    private static Instant time(String portalTime) {
        if (portalTime == null || portalTime.isBlank()) {
            return null;
        }
        return WorkCalendar.toInstant(LocalDateTime.parse(portalTime, PORTAL_TIME));
    }

    /** {@code <agency>-<yyMMdd>-<seq>} (reference §3); the agency ID itself contains no hyphen. */
    static DossierCode parseCode(String code) {
        int last = code.lastIndexOf('-');
        int day = code.lastIndexOf('-', last - 1);
        if (last < 0 || day < 0) {
            throw new IllegalArgumentException("Not a dossier code: " + code);
        }
        return new DossierCode(code.substring(0, day), LocalDate.parse(code.substring(day + 1, last), CODE_DAY),
                Integer.parseInt(code.substring(last + 1)));
    }
}
