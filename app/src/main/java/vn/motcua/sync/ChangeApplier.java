package vn.motcua.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.dossier.PortalFees;

/**
 * Applies one change of the portal's feed (or one snapshot of a full resync) to the desk, in
 * the caller's transaction, by the ownership rules of design/sync.md:
 * <ul>
 * <li>the desk's own changes only raise the known server version;</li>
 * <li>a change no newer than the last one applied to that dossier is ignored (fault 30);</li>
 * <li>a dossier submitted online becomes a desk dossier, once (by UUID and by code);</li>
 * <li>a withdrawal, refusal or stop from the portal wins over desk progress (fault 20);</li>
 * <li>portal-owned fields (content of online dossiers, the due date) take the portal's value,
 *     the desk's value logged (fault 22);</li>
 * <li>fees and payment are the portal's: its fee lines win, the desk's values logged, the clerk
 *     told by a {@link SyncNotice}; so is a due date the portal recomputed (the citizen holds a
 *     receipt with the old one);</li>
 * <li>a desk-owned field changed on the portal only is taken; changed on both sides, it is a
 *     conflict row and nothing is overwritten (fault 21).</li>
 * </ul>
 */
final class ChangeApplier {
    private final PortalDossiers dossiers;
    private final String ownOrigin;

    /** @param clientId this office's client ID: changes with origin {@code desk:<clientId>} are its own */
    ChangeApplier(PortalDossiers dossiers, String clientId) {
        this.dossiers = dossiers;
        this.ownOrigin = "desk:" + clientId;
    }

    /** Applies a feed change unless its ID was applied before; returns false for a repeat. */
    boolean apply(Session s, JsonNode change, Instant now) {
        UUID changeId = UUID.fromString(change.path("changeId").asText());
        if (s.find(AppliedChange.class, changeId) != null) {
            return false; // a repeated or overlapping page (fault 30)
        }
        UUID dossierId = UUID.fromString(change.path("dossierUuid").asText());
        JsonNode snapshot = change.get("dossier");
        long version = change.path("version").asLong(snapshot == null ? 0 : snapshot.path("version").asLong());
        String origin = change.path("origin").asText("");
        boolean own = origin.equals(ownOrigin);
        if (snapshot != null) {
            JsonNode event = change.get("event");
            boolean portalEvent = "EVENT".equals(change.path("kind").asText()) && !own && event != null;
            reconcile(s, dossierId, snapshot, version, own, portalEvent, now);
        }
        s.persist(new AppliedChange(changeId, change.path("seq").asLong(), dossierId, now));
        return true;
    }

    /** Applies one dossier snapshot at {@code version}; {@code own} when the desk itself made that version. */
    void reconcile(Session s, UUID dossierId, JsonNode snapshot, long version, boolean own, boolean portalEvent, Instant now) {
        SyncDossier known = s.find(SyncDossier.class, dossierId);
        if (known != null && known.appliedVersion() != null && version <= known.appliedVersion()) {
            return; // older than what the desk already applied (fault 30)
        }
        if (own) {
            if (known != null && !known.refreshNeeded()) {
                known.applied(version, snapshot.toString());
            } else if (known != null) {
                // a resync passed this dossier by: what the portal did before this version is not applied yet,
                // so the version stays where it was until the refresh takes the whole snapshot in (fault 31)
                known.acknowledged(version, known.syncedAt());
            }
            return;
        }
        Dossier desk = dossiers.find(s, dossierId).orElse(null); // not for the desk's own echoes: the bulk of a busy feed
        if (desk == null) {
            if (!"portal".equals(snapshot.path("origin").asText())) {
                return; // another office's desk dossier is not ours to hold
            }
            desk = dossiers.createOnline(s, snapshot);
            if (snapshot.path("PhiLePhi").isArray()) {
                dossiers.fees().take(s, desk, snapshot.get("PhiLePhi"), null); // its fees as the portal set them; new, so no notice
            }
            SyncDossier created = SyncDossier.of(s, desk.id(), "portal");
            created.applied(version, snapshot.toString());
            created.incoming(now);
            return;
        }
        if (known == null) {
            known = SyncDossier.of(s, desk.id(), "desk");
        }
        JsonNode base = Json.read(known.baseSnapshot());
        boolean changed = status(s, desk, snapshot, base, portalEvent);
        boolean onlineContent = "portal".equals(known.origin());
        for (String f : PortalDossiers.FIELDS) {
            String theirs = Json.text(snapshot, f);
            String mine = dossiers.value(desk, f);
            String was = base != null ? Json.text(base, f) : mine;
            if (Objects.equals(theirs, was) || Objects.equals(theirs, mine)) {
                continue; // the portal did not change it, or both sides agree
            }
            boolean portalOwned = onlineContent || f.equals("NgayHenTra");
            OutboxEntry queued = portalOwned ? null : queuedEdit(s, desk.id(), f);
            if (queued != null && !Objects.equals(Json.text(Json.read(queued.payload()), f), theirs)) {
                // the desk's own edit of this field still waits: both sides changed it (fault 21)
                s.persist(new SyncConflict(desk.id(), SyncConflict.Kind.FIELD, f, Json.text(Json.read(queued.payload()), f), theirs,
                        queued.id(), now));
                queued.stopped(OutboxEntry.State.CONFLICT, 0, "conflict", "changed on the portal too: " + f, snapshot.toString());
            } else if (portalOwned || Objects.equals(mine, was)) {
                dossiers.set(s, desk, f, theirs);
                if (f.equals("NgayHenTra") && mine != null) {
                    // the citizen holds a receipt with the old date: the clerk must hear of the new one
                    SyncNotices.record(s, desk.id(), desk.code(), SyncNotice.Kind.DUE_CHANGED, "portal version " + version, mine, theirs,
                            now);
                }
            } else {
                s.persist(new SyncConflict(desk.id(), SyncConflict.Kind.FIELD, f, mine, theirs, null, now));
            }
            changed = true;
        }
        changed |= fees(s, desk, snapshot, base, version, now);
        known.applied(version, snapshot.toString());
        if (changed) {
            known.incoming(now);
        }
    }

    /** Fees and payment are portal-owned: the portal's lines win, the desk's values are logged and the clerk told. */
    private boolean fees(Session s, Dossier desk, JsonNode snapshot, JsonNode base, long version, Instant now) {
        if (!snapshot.path("PhiLePhi").isArray()) {
            return false; // a portal that says nothing of fees changes none
        }
        PortalFees.Outcome taken = dossiers.fees().take(s, desk, snapshot.get("PhiLePhi"), base == null ? null : base.get("PhiLePhi"));
        if (!taken.changed()) {
            return false;
        }
        SyncNotices.record(s, desk.id(), desk.code(), SyncNotice.Kind.FEE_CHANGED, String.join("; ", taken.changes()),
                new SyncNotice.FeeFigures(taken.totalBefore(), taken.dueBefore()).toString(),
                new SyncNotice.FeeFigures(taken.totalAfter(), taken.dueAfter()).toString(), now);
        return true;
    }

    /** The latest desk edit of {@code field} still waiting to be sent (not one being sent right now). */
    private static OutboxEntry queuedEdit(Session s, UUID dossier, String field) {
        List<OutboxEntry> edits = s.createSelectionQuery("from OutboxEntry e where e.aggregateId = :d and e.action = 'UPDATE'"
                + " and e.state in :w order by e.seq desc", OutboxEntry.class).setParameter("d", dossier)
                .setParameter("w", List.of(OutboxEntry.State.PENDING, OutboxEntry.State.UNKNOWN)).getResultList();
        return edits.stream().filter(e -> Json.read(e.payload()).has(field)).findFirst().orElse(null);
    }

    private boolean status(Session s, Dossier desk, JsonNode snapshot, JsonNode base, boolean portalEvent) {
        if (!snapshot.path("TrangThaiHoSo").isNumber()) {
            return false;
        }
        DossierStatus theirs = DossierStatus.of(snapshot.path("TrangThaiHoSo").asInt());
        boolean decision = List.of(DossierStatus.WITHDRAWN, DossierStatus.REFUSED, DossierStatus.STOPPED).contains(theirs);
        boolean movedOnPortal = base == null || base.path("TrangThaiHoSo").asInt() != theirs.code();
        if (theirs == desk.status() || !(decision || portalEvent) || !movedOnPortal && !decision) {
            return false;
        }
        String reason = lastPortalNote(snapshot);
        return dossiers.applyPortalStatus(s, desk, theirs, reason);
    }

    private static String lastPortalNote(JsonNode snapshot) {
        JsonNode events = snapshot.path("events");
        for (int i = events.size() - 1; i >= 0; i--) {
            JsonNode e = events.get(i);
            if ("portal".equals(e.path("origin").asText())) {
                String r = Json.text(e, "reason");
                return r != null ? r : Json.text(e, "LyDo");
            }
        }
        return null;
    }
}
