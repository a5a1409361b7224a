package vn.motcua.sync.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.AppContext;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncConflict;
import vn.motcua.sync.SyncState;
import vn.motcua.sync.SyncStates;

/**
 * What must hold at rest after every run (design/sync.md): nothing lost, no duplicate on the
 * portal, equal hashes, desk and portal converged, nothing in flight, "synced" only when true,
 * Retry-After honoured.
 */
final class Invariants {
    private static final Set<String> FILE_ACTIONS = Set.of("DOCUMENT_UPLOAD", "RESULT_UPLOAD", "DOCUMENT_REMOVE");

    private final AppContext context;
    private final SimPortal portal;
    private final boolean racy;
    private final List<String> violations;

    Invariants(AppContext context, SimPortal portal, boolean racy, List<String> violations) {
        this.context = context;
        this.portal = portal;
        this.racy = racy;
        this.violations = violations;
    }

    void check() {
        context.database().sessionFactory().inTransaction(s -> {
            List<OutboxEntry> entries = s.createSelectionQuery("from OutboxEntry e order by e.seq", OutboxEntry.class).getResultList();
            List<SyncConflict> conflicts = s.createSelectionQuery("from SyncConflict c where c.resolvedAt is null", SyncConflict.class)
                    .getResultList();
            List<Dossier> desk = s.createSelectionQuery("from Dossier d", Dossier.class).getResultList();
            for (OutboxEntry e : entries) {
                entry(e);
            }
            if (portal.anyApplyTwice()) {
                violations.add("an idempotency key was applied twice on the portal");
            }
            if (portal.retryAfterViolations > 0) {
                violations.add(portal.retryAfterViolations + " calls came before the portal's Retry-After");
            }
            Map<UUID, SyncState> states = SyncStates.of(s, desk.stream().map(Dossier::id).toList());
            PortalDossiers fields = new PortalDossiers(context.audit(), java.time.Clock.systemUTC());
            for (Dossier d : desk) {
                SimDossier p = portal.dossiers.get(d.id());
                if (p == null) {
                    violations.add("desk dossier " + d.code() + " is not on the portal");
                    continue;
                }
                if (!p.code().equals(d.code())) {
                    violations.add("codes differ: desk " + d.code() + ", portal " + p.code());
                }
                if (p.status != d.status().code()) {
                    vn.motcua.sync.SyncDossier known = s.find(vn.motcua.sync.SyncDossier.class, d.id());
                    violations.add(d.code() + ": desk status " + d.status().code() + ", portal " + p.status + " (v" + p.version
                            + "; desk knows v" + (known == null ? null : known.serverVersion()) + ", applied v"
                            + (known == null ? null : known.appliedVersion()) + ", refresh " + (known != null && known.refreshNeeded())
                            + "; outbox " + entries.stream().filter(e -> e.aggregateId().equals(d.id()))
                            .map(e -> e.action() + ":" + e.state() + (e.errorCode() == null ? "" : "/" + e.errorCode())).toList() + ")");
                }
                for (String f : PortalDossiers.FIELDS) {
                    String mine = fields.value(d, f);
                    String theirs = p.content.hasNonNull(f) ? p.content.get(f).asText() : null;
                    boolean disputed = conflicts.stream().anyMatch(c -> c.dossierId().equals(d.id()) && f.equals(c.field()));
                    if (!Objects.equals(mine, theirs) && !disputed) {
                        violations.add(d.code() + "." + f + ": desk " + mine + ", portal " + theirs);
                    }
                }
                boolean allDone = entries.stream().filter(e -> e.aggregateId().equals(d.id())).allMatch(e -> e.state() == OutboxEntry.State.DONE);
                boolean open = conflicts.stream().anyMatch(c -> c.dossierId().equals(d.id()));
                if (states.get(d.id()) == SyncState.SYNCED && (!allDone || open || p.status != d.status().code())) {
                    violations.add(d.code() + " shown SYNCED but is not");
                }
            }
            for (SimDossier p : portal.dossiers.values()) {
                if (desk.stream().noneMatch(d -> d.id().equals(p.uuid))) {
                    violations.add("portal dossier " + p.code() + " (" + p.origin + ") never reached the desk");
                }
            }
            long deskCodes = desk.stream().map(Dossier::code).distinct().count();
            if (deskCodes != desk.size()) {
                violations.add("two desk dossiers share a code");
            }
        });
    }

    private void entry(OutboxEntry e) {
        switch (e.state()) {
            case IN_FLIGHT, PENDING, UNKNOWN -> violations.add("entry " + e.action() + " " + e.id() + " still " + e.state());
            case CONFLICT -> violations.add("entry " + e.action() + " in CONFLICT: " + e.lastError());
            case REJECTED -> {
                if (!racy || !"transition_refused".equals(e.errorCode())) {
                    violations.add("entry " + e.action() + " rejected: " + e.errorCode() + " " + e.lastError());
                }
            }
            case DONE -> landed(e);
            case SET_ASIDE -> violations.add("entry " + e.action() + " set aside: the simulation has no person to decide");
        }
    }

    /** A DONE entry's effect is on the portal, exactly once. */
    private void landed(OutboxEntry e) {
        SimDossier d = portal.dossiers.get(e.aggregateId());
        if (d == null) {
            violations.add("DONE " + e.action() + " for a dossier the portal does not hold");
            return;
        }
        JsonNode payload = SimJson.read(e.payload());
        if (e.action().equals("RECEIVE")) {
            return;
        }
        if (FILE_ACTIONS.contains(e.action())) {
            UUID file = UUID.fromString(payload.path("id").asText());
            ObjectNode f = d.files.get(file);
            if (f == null) {
                violations.add("DONE " + e.action() + " but the portal has no file " + file);
            } else if (e.action().equals("DOCUMENT_REMOVE")) {
                if (!f.path("removed").asBoolean()) {
                    violations.add("DONE removal but file " + file + " is not tombstoned");
                }
            } else {
                byte[] held = portal.uploads.attachments.get(file);
                String sha = payload.path("sha256").asText();
                if (held == null || !SimUploads.sha256(held).equals(sha) || !f.path("sha256").asText().equals(sha)) {
                    violations.add("file " + file + ": portal hash differs from the desk's " + sha);
                }
            }
            return;
        }
        long copies = d.events.stream().filter(ev -> ev.path("uuid").asText().equals(e.id().toString())).count();
        if (copies != 1) {
            violations.add("event " + e.action() + " " + e.id() + " is on the portal " + copies + " times");
        }
    }

    /** The portal's state with desk-made IDs left out: what must be equal with and without faults. */
    static String normalized(SimPortal portal) {
        return portal.dossiers.values().stream().sorted(java.util.Comparator.comparing(SimDossier::code)).map(d -> {
            ObjectNode c = d.content.deepCopy();
            c.findParents("id").forEach(n -> ((ObjectNode) n).remove("id"));
            String events = d.events.stream().map(e -> e.path("type").asText() + ":" + e.path("TrangThaiHoSo").asInt())
                    .collect(Collectors.joining(","));
            String files = d.files.values().stream().map(f -> f.path("uuid").asText() + "/" + f.path("sha256").asText() + "/"
                    + f.path("removed").asBoolean()).sorted().collect(Collectors.joining(","));
            return d.code() + " " + d.origin + " s=" + d.status + " " + SimJson.canonical(c) + " [" + events + "] {" + files + "}";
        }).collect(Collectors.joining("\n"));
    }
}
