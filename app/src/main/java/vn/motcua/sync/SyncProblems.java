package vn.motcua.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.sync.OutboxEntry.State;

/**
 * What in the sync waits for a person, and the decisions a person makes about it (design/sync.md:
 * REJECTED "needs a human", CONFLICT "a person decides, both values logged"). Nothing is deleted:
 * a decided action is {@link State#SET_ASIDE set aside}, and what must still reach the portal goes
 * as a new action in the old one's place in the dossier's queue, because the portal answers an
 * ID it refused once with the same refusal forever.
 */
public final class SyncProblems {
    private final SessionFactory db;
    private final PortalDossiers dossiers;
    private final AuditTrail audit;
    private final Clock clock;

    public SyncProblems(SessionFactory db, PortalDossiers dossiers, AuditTrail audit, Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
    }

    /** A field clash decided by a person. */
    public enum Choice { KEEP_DESK, TAKE_PORTAL }

    /** Refused and conflicting actions, oldest first, then clashes the pull found with no action behind them. */
    public List<SyncProblem> open(int limit) {
        return db.fromTransaction(s -> {
            List<OutboxEntry> entries = s.createSelectionQuery("from OutboxEntry e where e.state in :s order by e.seq", OutboxEntry.class)
                    .setParameter("s", List.of(State.REJECTED, State.CONFLICT)).setMaxResults(limit).getResultList();
            List<SyncConflict> conflicts = s.createSelectionQuery("from SyncConflict c where c.resolvedAt is null order by c.detectedAt",
                    SyncConflict.class).getResultList();
            Map<UUID, List<SyncProblem.Side>> byEntry = new HashMap<>();
            Map<UUID, List<SyncConflict>> loose = new LinkedHashMap<>();
            java.util.Set<UUID> listed = new java.util.HashSet<>();
            entries.forEach(e -> listed.add(e.id()));
            for (SyncConflict c : conflicts) {
                if (c.outboxId() != null && listed.contains(c.outboxId())) {
                    byEntry.computeIfAbsent(c.outboxId(), k -> new ArrayList<>()).add(side(c));
                } else {
                    loose.computeIfAbsent(c.dossierId(), k -> new ArrayList<>()).add(c);
                }
            }
            List<UUID> ids = new ArrayList<>();
            entries.forEach(e -> ids.add(e.aggregateId()));
            ids.addAll(loose.keySet());
            Map<UUID, String[]> names = names(s, ids);
            List<SyncProblem> problems = new ArrayList<>();
            for (OutboxEntry e : entries) {
                String[] n = names.getOrDefault(e.aggregateId(), new String[] {null, null});
                problems.add(new SyncProblem(e.id(), e.aggregateId(), n[0], n[1], e.action(), e.state(), e.errorCode(), e.httpStatus(),
                        e.lastError(), e.sentAt() != null ? e.sentAt() : e.createdAt(), byEntry.getOrDefault(e.id(), List.of())));
            }
            loose.forEach((dossier, cs) -> {
                String[] n = names.getOrDefault(dossier, new String[] {null, null});
                problems.add(new SyncProblem(null, dossier, n[0], n[1], null, null, "conflict", null, null, cs.get(0).detectedAt(),
                        cs.stream().map(SyncProblems::side).toList()));
            });
            return problems.size() > limit ? problems.subList(0, limit) : problems;
        });
    }

    /** How many things wait for a person (the sync area's badge). */
    public long count() {
        return db.fromTransaction(s -> {
            long entries = s.createSelectionQuery("select count(e) from OutboxEntry e where e.state in :s", Long.class)
                    .setParameter("s", List.of(State.REJECTED, State.CONFLICT)).getSingleResult();
            long loose = s.createSelectionQuery("select count(distinct c.dossierId) from SyncConflict c where c.resolvedAt is null"
                    + " and (c.outboxId is null or c.outboxId not in (select e.id from OutboxEntry e where e.state in :s))", Long.class)
                    .setParameter("s", List.of(State.REJECTED, State.CONFLICT)).getSingleResult();
            return entries + loose;
        });
    }

    /** Sends a refused action again, as a new action that takes its place in the dossier's queue. */
    public void resend(Actor actor, UUID entryId) {
        actor.require(Permission.RESOLVE_SYNC_PROBLEMS);
        db.inTransaction(s -> {
            OutboxEntry old = refused(s, entryId);
            if (!openConflicts(s, old.id()).isEmpty()) {
                throw new UserFacingException("sync.problem.decideFirst");
            }
            OutboxEntry copy = inPlaceOf(s, old, old.action(), old.payload());
            old.setAside();
            audit.record(s, actor, "SYNC_RESEND", "outbox", old.id(), old.action() + " → " + copy.id());
        });
    }

    /** Lets the portal's decision stand: the refused action is kept but never sent; a status clash is settled with it. */
    public void setAside(Actor actor, UUID entryId, String note) {
        actor.require(Permission.RESOLVE_SYNC_PROBLEMS);
        String why = Text.nfcOrNull(note);
        if (why == null || why.isBlank()) {
            throw new UserFacingException("sync.problem.noteMissing");
        }
        db.inTransaction(s -> {
            OutboxEntry e = refused(s, entryId);
            List<SyncConflict> open = openConflicts(s, e.id());
            if (open.stream().anyMatch(c -> c.kind() == SyncConflict.Kind.FIELD)) {
                throw new UserFacingException("sync.problem.decideFirst");
            }
            open.forEach(c -> c.resolve(actor.username(), clock.instant()));
            e.setAside();
            audit.record(s, actor, "SYNC_SET_ASIDE", "outbox", e.id(), e.action() + ": " + why.strip());
        });
    }

    /**
     * One field both sides changed: the desk's value is sent again, or the portal's is taken on the
     * desk. Once every clash of a desk edit is decided, the edit is set aside and what of it still
     * has to reach the portal goes as a new edit in its place.
     */
    public void decide(Actor actor, UUID conflictId, Choice choice) {
        actor.require(Permission.RESOLVE_SYNC_PROBLEMS);
        db.inTransaction(s -> {
            SyncConflict c = s.find(SyncConflict.class, conflictId);
            if (c == null || c.resolvedAt() != null || c.kind() != SyncConflict.Kind.FIELD) {
                throw new UserFacingException("sync.problem.notOpen");
            }
            Dossier d = dossiers.find(s, c.dossierId()).orElseThrow(() -> new UserFacingException("sync.problem.notOpen"));
            // the same field may have clashed twice (a push and a pull saw it): one decision settles both
            List<SyncConflict> settled = sameField(s, c);
            java.util.Set<UUID> edits = new java.util.LinkedHashSet<>();
            for (SyncConflict same : settled) {
                same.resolve(actor.username(), clock.instant());
                same.chosen(choice.name());
                if (same.outboxId() != null) {
                    edits.add(same.outboxId());
                }
            }
            if (choice == Choice.TAKE_PORTAL) {
                dossiers.set(s, d, c.field(), c.portalValue());
            } else {
                dossiers.keepDesk(d, c.field(), c.deskValue());
            }
            audit.record(s, actor, "SYNC_CONFLICT_DECIDED", "dossier", d.id(), c.field() + ": " + choice
                    + " (desk " + c.deskValue() + ", portal " + c.portalValue() + ")");
            boolean carried = false;
            for (UUID id : edits) {
                OutboxEntry edit = s.find(OutboxEntry.class, id);
                if (edit != null && edit.state() == State.CONFLICT) {
                    carried = true; // the desk's value travels with its own edit, once that edit is wholly decided
                    settle(s, edit);
                }
            }
            if (choice == Choice.KEEP_DESK && !carried) {
                ObjectNode body = Json.MAPPER.createObjectNode().put(c.field(), c.deskValue());
                s.persist(new OutboxEntry("dossier", d.id(), "UPDATE", body.toString(), clock.instant()));
            }
        });
    }

    /** A desk edit whose clashes are all decided: set aside, and what of it still has to go sent in its place. */
    private static void settle(Session s, OutboxEntry edit) {
        if (!openConflicts(s, edit.id()).isEmpty()) {
            return; // the edit's other fields are still to decide
        }
        ObjectNode rest = Json.object(edit.payload());
        for (SyncConflict decided : decided(s, edit.id())) {
            if (Choice.TAKE_PORTAL.name().equals(decided.chosen())) {
                rest.remove(decided.field());
            }
        }
        edit.setAside();
        boolean anythingLeft = false;
        for (java.util.Iterator<String> it = rest.fieldNames(); it.hasNext(); ) {
            anythingLeft |= !StaleMerge.IDENTITY.contains(it.next());
        }
        if (anythingLeft) {
            inPlaceOf(s, edit, "UPDATE", rest.toString());
        }
    }

    private static OutboxEntry refused(Session s, UUID entryId) {
        OutboxEntry e = s.find(OutboxEntry.class, entryId);
        if (e == null || e.state() != State.REJECTED && e.state() != State.CONFLICT) {
            throw new UserFacingException("sync.problem.notOpen");
        }
        return e;
    }

    /**
     * A new action with the old one's moment and place in the queue: the sender goes by {@code seq}
     * within a dossier, so the actions queued behind the old one still come after it.
     */
    private static OutboxEntry inPlaceOf(Session s, OutboxEntry old, String action, String payload) {
        OutboxEntry copy = new OutboxEntry(old.aggregateType(), old.aggregateId(), action, payload, old.createdAt());
        s.persist(copy);
        s.flush();
        s.createMutationQuery("update OutboxEntry e set e.seq = :seq where e.id = :id")
                .setParameter("seq", old.seq()).setParameter("id", copy.id()).executeUpdate();
        return copy;
    }

    private static List<SyncConflict> openConflicts(Session s, UUID entryId) {
        return s.createSelectionQuery("from SyncConflict c where c.outboxId = :e and c.resolvedAt is null", SyncConflict.class)
                .setParameter("e", entryId).getResultList();
    }

    private static List<SyncConflict> sameField(Session s, SyncConflict c) {
        return s.createSelectionQuery("from SyncConflict x where x.dossierId = :d and x.field = :f and x.kind = :k"
                + " and x.resolvedAt is null", SyncConflict.class).setParameter("d", c.dossierId()).setParameter("f", c.field())
                .setParameter("k", SyncConflict.Kind.FIELD.name()).getResultList();
    }

    private static List<SyncConflict> decided(Session s, UUID entryId) {
        return s.createSelectionQuery("from SyncConflict c where c.outboxId = :e and c.resolvedAt is not null", SyncConflict.class)
                .setParameter("e", entryId).getResultList();
    }

    private static SyncProblem.Side side(SyncConflict c) {
        return new SyncProblem.Side(c.id(), c.kind(), c.field(), c.deskValue(), c.portalValue());
    }

    /** Code and applicant of each dossier, for the list. */
    private static Map<UUID, String[]> names(Session s, Collection<UUID> ids) {
        Map<UUID, String[]> names = new HashMap<>();
        if (!ids.isEmpty()) {
            s.createSelectionQuery("select d.id, d.code, d.applicant.fullName from Dossier d where d.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> names.put((UUID) r[0], new String[] {(String) r[1], (String) r[2]}));
        }
        return names;
    }
}
