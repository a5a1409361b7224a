package vn.motcua.workcalendar;

import java.time.Clock;
import java.util.List;
import org.hibernate.SessionFactory;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditTrail;

/** The imported overlays in the office database. Each method is one transaction. */
public final class OverlayStore {
    static final String AUDIT_ACTION = "CALENDAR_OVERLAY_IMPORT";

    private final SessionFactory db;
    private final AuditTrail audit;
    private final Clock clock;

    public OverlayStore(SessionFactory db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every imported version, oldest first (so the last one of a year is the one in force). */
    List<OverlaySource> imported() {
        return db.fromTransaction(s -> s.createSelectionQuery(
                        "from ImportedOverlay order by importedAt, id", ImportedOverlay.class)
                .getResultList().stream().map(ImportedOverlay::toSource).toList());
    }

    /** Stores a new version and its audit entry together. */
    OverlaySource add(Actor actor, int year, String version, String text, String sha256, int changedDays) {
        return db.fromTransaction(s -> {
            ImportedOverlay row = new ImportedOverlay(year, version, text, sha256, clock.instant(), actor.username());
            s.persist(row);
            audit.record(s, actor, AUDIT_ACTION, "calendar_overlay", row.id(),
                    "year=" + year + " version=" + version + " sha256=" + sha256 + " changedDays=" + changedDays);
            return row.toSource();
        });
    }
}
