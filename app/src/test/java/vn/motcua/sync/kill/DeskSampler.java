package vn.motcua.sync.kill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import vn.motcua.sync.Outbox;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncDossier;
import vn.motcua.sync.SyncFeed;
import vn.motcua.sync.SyncState;
import vn.motcua.sync.SyncStates;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * "Synced" only when true, sampled while the desk works: every tick reads, in one transaction,
 * which dossiers the clerk would see as SYNCED and what their outbox says the portal holds
 * (the dossier, each file with its hash, each tombstone, each event, at least the version the
 * desk last heard); then it asks the portal. The portal only ever gains what it acknowledged,
 * so a fact missing later was missing when the desk said "synced" (or the portal lost it).
 * A portal that is down (killed) leaves the check pending for the next tick.
 * Also reports the feed cursor on every tick, for the test's monotonicity check (fault 27).
 */
final class DeskSampler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SessionFactory db;
    private final PortalAdapter portal;
    private final Consumer<String> out;
    /** Dossier → number of its outbox entries already verified on the portal. */
    private final Map<UUID, Integer> verified = new HashMap<>();
    private final Map<UUID, Expected> pending = new LinkedHashMap<>();

    DeskSampler(SessionFactory db, PortalAdapter portal, Consumer<String> out) {
        this.db = db;
        this.portal = portal;
        this.out = out;
    }

    /** What a SYNCED dossier's entries say the portal holds. */
    record Expected(UUID dossier, int entries, List<UUID> events, Map<UUID, String> files, List<UUID> removed, Long version,
            List<String> trail) {
    }

    /** One sample; returns how many dossiers were SYNCED. */
    int tick() {
        cursor();
        Map<UUID, Expected> synced = db.fromTransaction(s -> {
            List<UUID> ids = s.createSelectionQuery("select d.id from Dossier d", UUID.class).getResultList();
            Map<UUID, Expected> found = new LinkedHashMap<>();
            SyncStates.of(s, ids).forEach((id, state) -> {
                if (state == SyncState.SYNCED) {
                    // each statement sees the latest commit: the clerk's next action may have queued
                    // entries since the state was read, so only entries all settled count as "synced"
                    List<OutboxEntry> entries = new Outbox(java.time.Clock.systemUTC()).of(s, id);
                    if (entries.stream().allMatch(e -> OutboxEntry.State.SETTLED.contains(e.state()))) {
                        SyncDossier known = s.find(SyncDossier.class, id);
                        found.put(id, expected(id, entries, known == null ? null : known.serverVersion()));
                    }
                }
            });
            return found;
        });
        synced.values().forEach(e -> {
            if (verified.getOrDefault(e.dossier(), -1) < e.entries()) {
                pending.put(e.dossier(), e);
            }
        });
        for (Iterator<Expected> it = pending.values().iterator(); it.hasNext(); ) {
            Expected e = it.next();
            PortalAnswer answer = portal.getDossier(e.dossier());
            if (answer instanceof PortalAnswer.Unauthorized) {
                portal.authenticate();
                answer = portal.getDossier(e.dossier());
            }
            if (answer instanceof PortalAnswer.Refused r && r.status() == 404) {
                out.accept("VIOLATION synced but not on the portal: " + e.dossier());
            } else if (!(answer instanceof PortalAnswer.Accepted a)) {
                break; // the portal is down: check again next tick
            } else {
                List<String> problems = check(e, a.body());
                problems.forEach(v -> out.accept("VIOLATION " + e.dossier() + " " + v));
                if (!problems.isEmpty()) {
                    // what the desk believed, entry by entry, and the portal's version: says which side was wrong
                    out.accept("TRAIL " + e.dossier() + " portal version " + a.body().path("version").asLong() + " at "
                            + java.time.Instant.now() + ": " + String.join(" | ", e.trail()));
                }
            }
            verified.merge(e.dossier(), e.entries(), Math::max);
            it.remove();
        }
        out.accept("SAMPLE synced=" + synced.size() + " verified=" + verified.size() + " pending=" + pending.size());
        return synced.size();
    }

    private static Expected expected(UUID id, List<OutboxEntry> entries, Long version) {
        List<UUID> events = new ArrayList<>();
        Map<UUID, String> files = new HashMap<>();
        List<UUID> removed = new ArrayList<>();
        List<String> trail = new ArrayList<>();
        for (OutboxEntry e : entries) {
            trail.add(e.seq() + " " + e.action() + " " + e.id() + " " + e.state() + " attempts " + e.attempts() + " http "
                    + e.httpStatus() + " sent " + e.sentAt() + " done " + e.doneAt() + " answer "
                    + (e.response() == null ? null : e.response().substring(0, Math.min(160, e.response().length()))));
            JsonNode p = parse(e.payload());
            switch (e.action()) {
                case "RECEIVE" -> { }
                case "DOCUMENT_UPLOAD", "RESULT_UPLOAD" -> files.put(UUID.fromString(p.get("id").asText()), p.get("sha256").asText());
                case "DOCUMENT_REMOVE" -> removed.add(UUID.fromString(p.get("id").asText()));
                default -> events.add(e.id());
            }
        }
        return new Expected(id, entries.size(), events, files, removed, version, trail);
    }

    /** What the portal's snapshot lacks of what the desk called synced. */
    static List<String> check(Expected e, JsonNode snapshot) {
        List<String> problems = new ArrayList<>();
        Map<UUID, JsonNode> files = new HashMap<>();
        snapshot.path("files").forEach(f -> files.put(UUID.fromString(f.get("uuid").asText()), f));
        List<UUID> events = new ArrayList<>();
        snapshot.path("events").forEach(ev -> events.add(UUID.fromString(ev.get("uuid").asText())));
        e.files().forEach((file, sha) -> {
            JsonNode f = files.get(file);
            if (f == null || !sha.equals(f.path("sha256").asText())) {
                problems.add("file " + file + " (" + sha + ") not held: " + f);
            }
        });
        e.removed().forEach(file -> {
            if (files.get(file) == null || !files.get(file).path("removed").asBoolean(false)) {
                problems.add("file " + file + " removed on the desk but not on the portal");
            }
        });
        e.events().stream().filter(ev -> !events.contains(ev)).forEach(ev -> problems.add("event " + ev + " not held"));
        if (e.version() != null && snapshot.path("version").asLong() < e.version()) {
            problems.add("portal version " + snapshot.path("version").asLong() + " older than the desk's " + e.version());
        }
        return problems;
    }

    /** Prints {@code CURSOR <cursorSeq> <position of the opaque cursor>}. */
    void cursor() {
        SyncFeed feed = db.fromTransaction(s -> s.find(SyncFeed.class, 1));
        out.accept("CURSOR " + (feed == null ? 0 : feed.cursorSeq()) + " " + position(feed == null ? null : feed.cursor()));
    }

    /** The feed sequence an (opaque) sandbox cursor stands after: base64url of {@code v1:N}; 0 for none. */
    static long position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        return Long.parseLong(text.substring(text.indexOf(':') + 1));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an outbox payload is JSON", e);
        }
    }
}
