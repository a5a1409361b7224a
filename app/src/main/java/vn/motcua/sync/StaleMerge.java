package vn.motcua.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;
import vn.motcua.sync.OutboxEntry.State;

/**
 * A 412: the dossier changed on the portal since the version the desk's update was based on
 * (fault 35). Field by field against the last portal snapshot the desk applied (the base):
 * a field the portal did not touch, or changed to the desk's own value, merges, and the update
 * is resent at once with the current version as If-Match; a field the portal changed to a
 * different value is a CONFLICT, both values kept side by side, nothing overwritten (fault 21).
 */
final class StaleMerge {
    static final Set<String> IDENTITY = Set.of("id", "MaHoSo");

    private StaleMerge() {
    }

    /** Returns true when merged (resend), false when it became a conflict. */
    static boolean onStale(Session s, OutboxEntry e, JsonNode current, Instant now, ChangeApplier applier) {
        SyncDossier known = SyncDossier.of(s, e.aggregateId(), "desk");
        JsonNode base = Json.read(known.baseSnapshot());
        ObjectNode ours = Json.object(e.payload());
        List<String> clashes = new ArrayList<>();
        for (Iterator<String> it = ours.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (IDENTITY.contains(f)) {
                continue;
            }
            String theirs = Json.text(current, f);
            String mine = Json.text(ours, f);
            boolean portalChanged = base == null ? !Objects.equals(theirs, mine) : !Objects.equals(theirs, Json.text(base, f));
            if (portalChanged && !Objects.equals(theirs, mine)) {
                clashes.add(f);
                s.persist(new SyncConflict(e.aggregateId(), SyncConflict.Kind.FIELD, f, mine, theirs, e.id(), now));
            }
        }
        long version = current == null ? 0 : current.path("version").asLong(0);
        if (current != null) {
            // the desk takes in what changed on the portal meanwhile, exactly as a pull would
            applier.reconcile(s, e.aggregateId(), current, version, false, false, now);
        }
        if (clashes.isEmpty()) {
            known.reconciled(version);
            e.retry(State.PENDING, now, null, "stale_merged", 412, "merged with the portal's version " + version);
            return true;
        }
        e.stopped(State.CONFLICT, 412, "conflict", "changed on both sides: " + String.join(", ", clashes),
                current == null ? null : current.toString());
        return false;
    }
}
