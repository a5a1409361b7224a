package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import vn.motcua.calendar.WorkCalendar;

/**
 * Something the portal decided that the clerk must hear of (thông báo từ Cổng): the catalogue it
 * published was taken or refused, or it changed a dossier's fees or due date. The citizen may be
 * holding a printed receipt with the old date or amount, so a notice stays open until a person
 * marks it seen; it is never deleted.
 */
@Entity
@Table(name = "sync_notice")
public class SyncNotice {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(WorkCalendar.ZONE);

    /** What the portal changed; each kind renders with its own message key. */
    public enum Kind {
        /** A new catalogue version was taken: {@code old} and {@code new} are version names, detail the procedure codes. */
        CATALOG_UPDATED("sync.notice.catalogUpdated"),
        /** The portal's catalogue could not be taken: {@code new} its version, detail the reason. */
        CATALOG_REFUSED("sync.notice.catalogRefused"),
        /** The portal's fees or payment state won: values are {@link FeeFigures}, detail the changed fields. */
        FEE_CHANGED("sync.notice.feeChanged"),
        /** The portal recomputed the due date: values are {@code yyyyMMddHHmmss} Vietnam time. */
        DUE_CHANGED("sync.notice.dueChanged");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    @Id
    private UUID id;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(nullable = false)
    private String kind;
    private String detail;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value")
    private String newValue;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "seen_at")
    private Instant seenAt;
    @Column(name = "seen_by")
    private String seenBy;
    @Version
    private long version;

    protected SyncNotice() {
    }

    SyncNotice(UUID dossierId, String dossierCode, Kind kind, String detail, String oldValue, String newValue, Instant at) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.kind = kind.name();
        this.detail = OutboxEntry.shorten(detail);
        this.oldValue = OutboxEntry.shorten(oldValue);
        this.newValue = OutboxEntry.shorten(newValue);
        this.createdAt = at;
    }

    void seen(String by, Instant at) {
        seenBy = by;
        seenAt = at;
    }

    public UUID id() {
        return id;
    }

    /** Null for the catalogue kinds. */
    public UUID dossierId() {
        return dossierId;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public String detail() {
        return detail;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant seenAt() {
        return seenAt;
    }

    public String seenBy() {
        return seenBy;
    }

    /** The bundle key of this notice's sentence: {@code sync.notice.catalogUpdated}, {@code …catalogRefused}, {@code …feeChanged} or {@code …dueChanged}. */
    public String messageKey() {
        return kind().messageKey();
    }

    /**
     * The arguments of {@link #messageKey()}, ready for {@code Messages.get(n.messageKey(), n.messageArgs())}:
     * <ul>
     * <li>CATALOG_UPDATED: {0} new version, {1} version before, {2} added, {3} changed, {4} removed (counts);</li>
     * <li>CATALOG_REFUSED: {0} the portal's version, {1} the reason (a sentence in Vietnamese);</li>
     * <li>FEE_CHANGED: {0} dossier code, {1} total now, {2} still due now, {3} total before, {4} still due before (đồng);</li>
     * <li>DUE_CHANGED: {0} dossier code, {1} due date before, {2} due date now ({@code HH:mm dd/MM/yyyy}, Vietnam time).</li>
     * </ul>
     */
    public Object[] messageArgs() {
        return switch (kind()) {
            case CATALOG_UPDATED -> new Object[] {newValue, oldValue, count('+'), count('~'), count('-')};
            case CATALOG_REFUSED -> new Object[] {newValue == null ? "?" : newValue, detail};
            case FEE_CHANGED -> {
                FeeFigures now = FeeFigures.parse(newValue);
                FeeFigures before = FeeFigures.parse(oldValue);
                yield new Object[] {dossierCode, now.total(), now.due(), before.total(), before.due()};
            }
            case DUE_CHANGED -> new Object[] {dossierCode, shown(oldValue), shown(newValue)};
        };
    }

    /** How many procedure codes of the detail carry {@code mark} (+ added, ~ changed, - removed). */
    private long count(char mark) {
        if (detail == null || detail.isBlank()) {
            return 0;
        }
        return java.util.Arrays.stream(detail.trim().split("\\s+")).filter(t -> t.charAt(0) == mark).count();
    }

    static String shown(String portalTime) {
        if (portalTime == null || portalTime.isBlank()) {
            return "—";
        }
        try {
            return SHOWN.format(WorkCalendar.toInstant(java.time.LocalDateTime.parse(portalTime,
                    DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))));
        } catch (java.time.format.DateTimeParseException e) {
            return portalTime;
        }
    }

    /** A dossier's fee total and the part still due, as a FEE_CHANGED notice keeps them ({@code total/due}). */
    public record FeeFigures(long total, long due) {
        static FeeFigures parse(String text) {
            if (text == null || !text.contains("/")) {
                return new FeeFigures(0, 0);
            }
            String[] parts = text.split("/");
            try {
                return new FeeFigures(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
            } catch (NumberFormatException e) {
                return new FeeFigures(0, 0);
            }
        }

        @Override
        public String toString() {
            return total + "/" + due;
        }
    }
}
