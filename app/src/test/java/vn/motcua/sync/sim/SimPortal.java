package vn.motcua.sync.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Transitions;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.NoAnswer;
import vn.motcua.sync.portal.PortalAnswer.Refused;
import vn.motcua.sync.portal.PortalAnswer.RetryLater;

/**
 * The portal contract (sync-contract.md) in memory, with the faults of a {@link FaultPlan}
 * injected around each call: an idempotency store written with the mutation (replayed for the
 * same key and body, 422 for another body), versions, the national transition table, resumable
 * uploads with offsets and checksums, a change feed with expiring cursors, expiring tokens,
 * and portal-side acts (online submissions, withdrawals, edits) for the workload.
 */
public final class SimPortal implements PortalAdapter {
    final String agency;
    final String clientId;
    private final Clock clock;
    private final Duration skew;
    public FaultPlan faults = FaultPlan.none();

    public final Map<UUID, SimDossier> dossiers = new LinkedHashMap<>();
    private final Map<UUID, Stored> idempotency = new HashMap<>();
    public final SimUploads uploads;
    public final List<ObjectNode> feed = new ArrayList<>();
    private long seq;
    private long retainedFrom;
    private boolean tokenValid;
    private Instant notBefore;
    /** Calls that came before the Retry-After the portal gave (fault 25): must stay 0. */
    public int retryAfterViolations;
    /** Mutations applied per idempotency key: a key applied twice is a duplicate. */
    public final Map<UUID, Integer> applied = new HashMap<>();
    int onlineNumber = 9000;

    private record Stored(String fingerprint, PortalAnswer answer) {
    }

    public SimPortal(String agency, String clientId, Clock clock, Duration skew) {
        this.agency = agency;
        this.clientId = clientId;
        this.clock = clock;
        this.skew = skew;
        this.uploads = new SimUploads(this::now);
    }

    Instant now() {
        return clock.instant().plus(skew);
    }

    // ---------------------------------------------------------------- fault plumbing

    /** A mutating call: faults before, the idempotent mutation, faults after. */
    private PortalAnswer mutate(UUID opId, String fingerprint, Supplier<PortalAnswer> mutation) {
        Fault f = draw("mutate");
        PortalAnswer early = before(f);
        if (early != null) {
            return early;
        }
        PortalAnswer answer = idempotent(opId, fingerprint, mutation);
        if (f == Fault.DUPLICATED) {
            answer = idempotent(opId, fingerprint, mutation);
        }
        return after(f, answer);
    }

    private PortalAnswer idempotent(UUID opId, String fingerprint, Supplier<PortalAnswer> mutation) {
        Stored s = idempotency.get(opId);
        if (s != null) {
            return s.fingerprint().equals(fingerprint) ? fresh(s.answer())
                    : refused(422, "idempotency_key_reused", null);
        }
        PortalAnswer a = mutation.get();
        boolean store = a instanceof Accepted || a instanceof Refused;
        if (store) {
            idempotency.put(opId, new Stored(fingerprint, a));
        }
        if (a instanceof Accepted) {
            applied.merge(opId, 1, Integer::sum);
        }
        return a;
    }

    /** Calls without valid credentials are answered 401 before any fault is drawn; inside a batch the batch drew. */
    private Fault draw(String call) {
        return tokenValid && !inBatch ? faults.next(call) : Fault.NONE;
    }

    /** Whether this portal takes {@code POST /v1/batch} (the desk falls back to single calls when not). */
    public boolean batches = true;
    private boolean inBatch;
    /** Batches taken by every simulated portal (the simulation proves both ways of sending were exercised). */
    static final java.util.concurrent.atomic.AtomicLong BATCHES = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The batch of contract v1: one fault drawn for the whole call (one request, one commit), the
     * actions applied in order as the single calls, and a refused action holding back the later
     * ones of its dossier (424).
     */
    @Override
    public PortalAnswer batch(List<vn.motcua.sync.http.ContractRequest> requests) {
        if (!batches) {
            return PortalAdapter.super.batch(requests);
        }
        Fault f = draw("mutate");
        PortalAnswer early = before(f);
        if (early != null) {
            return early;
        }
        BATCHES.incrementAndGet();
        ObjectNode out = applyBatch(requests);
        if (f == Fault.DUPLICATED) {
            out = applyBatch(requests);
        }
        return after(f, new Accepted(200, out, null, now()));
    }

    private ObjectNode applyBatch(List<vn.motcua.sync.http.ContractRequest> requests) {
        ObjectNode out = SimDossier.object();
        ArrayNode results = out.putArray("results");
        java.util.Set<String> refusedDossiers = new java.util.HashSet<>();
        inBatch = true;
        try {
            for (vn.motcua.sync.http.ContractRequest r : requests) {
                String[] parts = r.path().split("/"); // "", v1, dossiers, {id}, events|files, {id}, tombstone
                UUID dossier = UUID.fromString(parts[3]);
                PortalAnswer a = refusedDossiers.contains(parts[3]) ? refused(424, "earlier_action_refused", null) : single(r, parts, dossier);
                if (!(a instanceof Accepted)) {
                    refusedDossiers.add(parts[3]);
                }
                ObjectNode row = results.addObject().put("opId", r.opId().toString());
                if (a instanceof Accepted x) {
                    row.put("status", x.status());
                    if (x.version() != null) {
                        row.put("etag", "\"" + x.version() + "\"");
                    }
                    row.set("body", x.body());
                } else if (a instanceof PortalAnswer.Stale st) {
                    row.put("status", 412);
                    row.set("body", SimDossier.object().set("current", st.current()));
                } else if (a instanceof Refused x) {
                    row.put("status", x.status());
                    ObjectNode body = x.body() instanceof ObjectNode o ? o.deepCopy() : SimDossier.object();
                    body.put("error", x.error()).put("message", x.message());
                    row.set("body", body);
                } else {
                    throw new IllegalStateException("no fault is drawn inside a batch: " + a);
                }
            }
        } finally {
            inBatch = false;
        }
        return out;
    }

    private PortalAnswer single(vn.motcua.sync.http.ContractRequest r, String[] parts, UUID dossier) {
        String ifMatch = r.headers().get("If-Match");
        Long version = ifMatch == null ? null : Long.parseLong(ifMatch.replace("\"", ""));
        if (parts.length == 4) {
            return r.method().equals("PATCH") ? patchDossier(dossier, r.opId(), version, r.body())
                    : putDossier(dossier, r.opId(), version, r.body());
        }
        UUID target = UUID.fromString(parts[5]);
        if (parts[4].equals("events")) {
            return putEvent(dossier, target, r.opId(), r.body());
        }
        if (parts.length == 7) {
            return tombstoneFile(dossier, target, r.opId(), SimJson.read(r.body()).path("reason").asText());
        }
        return putFile(dossier, target, r.opId(), r.body());
    }

    /** Chunks the portal received (to prove a resumed upload does not start again from zero). */
    public long chunkBytesReceived;

    private PortalAnswer before(Fault f) {
        Instant now = now();
        if (notBefore != null && now.isBefore(notBefore)) {
            retryAfterViolations++;
        }
        switch (f) {
            case REFUSED:
                return new NoAnswer(false, "connection refused");
            case RESET_BEFORE:
                return new NoAnswer(true, "connection reset");
            case ERROR_BEFORE:
                return new RetryLater(500, null, "internal", now);
            case TOKEN_EXPIRED:
                tokenValid = false;
                break;
            case RATE_LIMITED: {
                Duration wait = Duration.ofSeconds(faults.retryAfterSeconds());
                notBefore = now.plus(wait);
                return new RetryLater(429, wait, "rate_limited", now);
            }
            default:
                break;
        }
        if (!tokenValid) {
            return new PortalAnswer.Unauthorized(now);
        }
        return null;
    }

    private PortalAnswer after(Fault f, PortalAnswer answer) {
        return switch (f) {
            case LOST_AFTER -> new NoAnswer(true, "read timed out");
            case ERROR_AFTER -> new RetryLater(500, null, "internal", now());
            case MALFORMED -> new NoAnswer(true, "malformed body");
            case CRASH_AFTER -> throw new SimCrash("after the portal committed");
            default -> answer;
        };
    }

    /** A stored answer replayed with a fresh Date. */
    private PortalAnswer fresh(PortalAnswer a) {
        if (a instanceof Accepted x) {
            return new Accepted(x.status() == 201 ? 200 : x.status(), x.body(), x.version(), now());
        }
        if (a instanceof Refused r) {
            return new Refused(r.status(), r.error(), r.message(), r.fields(), r.body(), now());
        }
        return a;
    }

    Refused refused(int status, String error, JsonNode body) {
        return new Refused(status, error, error, Map.of(), body, now());
    }

    private Accepted ok(int status, SimDossier d) {
        return new Accepted(status, d.snapshot(), d.version, now());
    }

    // ---------------------------------------------------------------- the contract

    @Override
    public PortalAnswer authenticate() {
        Fault f = faults.next("auth");
        if (f == Fault.REFUSED) {
            return new NoAnswer(false, "connection refused");
        }
        tokenValid = true; // a lost answer still issued a token; the desk asks again when it needs one
        if (f == Fault.LOST_AFTER) {
            tokenValid = false;
            return new NoAnswer(true, "read timed out");
        }
        return new Accepted(200, SimDossier.object().put("access_token", "t").put("expires_in", 900), null, now());
    }

    @Override
    public PortalAnswer putDossier(UUID id, UUID opId, Long ifMatch, String body) {
        ObjectNode content = (ObjectNode) SimJson.read(body);
        return mutate(opId, "PUT /dossiers/" + id + " " + SimJson.canonical(content), () -> {
            SimDossier d = dossiers.get(id);
            ObjectNode comparable = content.deepCopy();
            comparable.remove("deviceTime");
            if (d == null) {
                String code = content.path("MaHoSo").asText();
                if (dossiers.values().stream().anyMatch(o -> o.code().equals(code))) {
                    return refused(409, "code_taken", null);
                }
                SimDossier created = new SimDossier(id, "desk", comparable);
                dossiers.put(id, created);
                change("DOSSIER", created, "desk:" + clientId, null);
                return ok(201, created);
            }
            if (ifMatch == null) {
                ObjectNode held = d.content.deepCopy();
                return held.equals(comparable) ? ok(200, d) : refused(409, "exists_different", null);
            }
            if (ifMatch != d.version) {
                return new PortalAnswer.Stale(d.snapshot(), now());
            }
            d.content = comparable;
            d.version++;
            change("DOSSIER", d, "desk:" + clientId, null);
            return ok(200, d);
        });
    }

    @Override
    public PortalAnswer patchDossier(UUID id, UUID opId, long ifMatch, String body) {
        ObjectNode fields = (ObjectNode) SimJson.read(body);
        return mutate(opId, "PATCH /dossiers/" + id + " " + SimJson.canonical(fields), () -> {
            SimDossier d = dossiers.get(id);
            if (d == null) {
                return refused(404, "not_found", null);
            }
            if (ifMatch != d.version) {
                return new PortalAnswer.Stale(d.snapshot(), now());
            }
            if ("portal".equals(d.origin) || fields.has("PhiLePhi")) {
                return refused(409, "portal_owned", null);
            }
            fields.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("id") && !e.getKey().equals("MaHoSo")) {
                    d.content.set(e.getKey(), e.getValue());
                }
            });
            d.version++;
            change("DOSSIER", d, "desk:" + clientId, null);
            return ok(200, d);
        });
    }

    @Override
    public PortalAnswer getDossier(UUID id) {
        Fault f = draw("read");
        PortalAnswer early = before(f == Fault.LOST_AFTER ? Fault.RESET_BEFORE : f);
        if (early != null) {
            return early;
        }
        SimDossier d = dossiers.get(id);
        return d == null ? refused(404, "not_found", null) : ok(200, d);
    }

    @Override
    public PortalAnswer putEvent(UUID id, UUID eventId, UUID opId, String body) {
        ObjectNode event = (ObjectNode) SimJson.read(body);
        return mutate(opId, "PUT /dossiers/" + id + "/events/" + eventId + " " + SimJson.canonical(event), () -> {
            SimDossier d = dossiers.get(id);
            if (d == null) {
                return refused(404, "not_found", null);
            }
            int to = event.path("TrangThaiHoSo").asInt(d.status);
            if (to != d.status) {
                DossierStatus from = DossierStatus.of(d.status);
                if (from.terminal() || !Transitions.allowed(from, DossierStatus.of(to))) {
                    return refused(409, "transition_refused", SimDossier.object().put("error", "transition_refused")
                            .put("TrangThaiHoSo", d.status));
                }
                d.status = to;
            }
            if (event.hasNonNull("NgayHenTra")) {
                d.content.set("NgayHenTra", event.get("NgayHenTra"));
            }
            d.version++;
            ObjectNode logged = SimDossier.object().put("uuid", eventId.toString()).put("seq", seq + 1)
                    .put("type", event.path("type").asText()).put("TrangThaiHoSo", d.status).put("origin", "desk");
            d.events.add(logged);
            change("EVENT", d, "desk:" + clientId, logged);
            ObjectNode answer = SimDossier.object().put("seq", seq).put("TrangThaiHoSo", d.status).put("version", d.version);
            return new Accepted(201, answer, d.version, now());
        });
    }

    @Override
    public PortalAnswer putFile(UUID id, UUID fileId, UUID opId, String body) {
        ObjectNode file = (ObjectNode) SimJson.read(body);
        return mutate(opId, "PUT /dossiers/" + id + "/files/" + fileId + " " + SimJson.canonical(file), () -> {
            SimDossier d = dossiers.get(id);
            if (d == null) {
                return refused(404, "not_found", null);
            }
            UUID attachment = UUID.fromString(file.path("attachment").path("uuid").asText());
            String sha = file.path("attachment").path("sha256").asText();
            if (!uploads.holds(attachment, sha)) {
                return refused(422, "attachment_missing", null);
            }
            ObjectNode f = SimDossier.object().put("uuid", fileId.toString())
                    .put("MaThanhPhanHoSo", file.path("MaThanhPhanHoSo").asText()).put("sha256", sha)
                    .put("LaKetQuaDienTu", file.path("LaKetQuaDienTu").asBoolean()).put("removed", false);
            d.files.put(fileId, f);
            d.version++;
            change("FILE", d, "desk:" + clientId, null);
            return ok(201, d);
        });
    }

    @Override
    public PortalAnswer tombstoneFile(UUID id, UUID fileId, UUID opId, String reason) {
        return mutate(opId, "POST /dossiers/" + id + "/files/" + fileId + "/tombstone " + reason, () -> {
            SimDossier d = dossiers.get(id);
            if (d == null || !d.files.containsKey(fileId)) {
                return refused(404, "not_found", null);
            }
            d.files.get(fileId).put("removed", true);
            d.version++;
            change("FILE", d, "desk:" + clientId, null);
            return ok(200, d);
        });
    }

    @Override
    public PortalAnswer openUpload(UUID attachment, UUID opId, String sha256, long bytes, String contentType) {
        return mutate(opId, "PUT /uploads/" + attachment + " " + sha256 + " " + bytes, () -> uploads.open(attachment, sha256, bytes, this));
    }

    @Override
    public PortalAnswer uploadOffset(UUID attachment) {
        PortalAnswer early = before(readFault());
        return early != null ? early : uploads.head(attachment, this);
    }

    @Override
    public PortalAnswer sendChunk(UUID attachment, long offset, byte[] chunk, int length) {
        Fault f = draw("chunk");
        PortalAnswer early = before(f);
        if (early != null) {
            return early;
        }
        if (f == Fault.CORRUPT_CHUNK) {
            return refused(400, "chunk_checksum", null);
        }
        PortalAnswer a = uploads.chunk(attachment, offset, chunk, length, this);
        if (a instanceof Accepted) {
            chunkBytesReceived += length;
        }
        return after(f, a);
    }

    @Override
    public PortalAnswer finishUpload(UUID attachment) {
        PortalAnswer early = before(readFault());
        return early != null ? early : uploads.finish(attachment, this);
    }

    private Fault readFault() {
        Fault f = draw("read");
        return f == Fault.LOST_AFTER ? Fault.RESET_BEFORE : f;
    }

    @Override
    public PortalAnswer changes(String agencyId, String cursor, int limit) {
        Fault f = draw("changes");
        PortalAnswer early = before(f);
        if (early != null) {
            return early;
        }
        long from = cursor == null ? 0 : Long.parseLong(cursor.substring(1));
        if (from < retainedFrom) {
            return refused(410, "cursor_expired", null);
        }
        if (f == Fault.OVERLAP) {
            from = Math.max(retainedFrom, from - 3); // a page overlapping what was read (fault 30)
        }
        ArrayNode page = SimJson.MAPPER.createArrayNode();
        long last = from;
        for (ObjectNode c : feed) {
            long s = c.path("seq").asLong();
            if (s > from && page.size() < limit) {
                page.add(c.deepCopy());
                last = s;
            }
        }
        long seen = seqOf(page, from);
        boolean more = feed.stream().anyMatch(c -> c.path("seq").asLong() > seen);
        ObjectNode body = SimDossier.object();
        body.set("changes", page);
        body.put("nextCursor", "c" + Math.max(last, cursor == null ? 0 : Long.parseLong(cursor.substring(1))));
        body.put("hasMore", more);
        if (f == Fault.CRASH_AFTER) {
            throw new SimCrash("after fetching a page, before applying it");
        }
        return after(f, new Accepted(200, body, null, now()));
    }

    private static long seqOf(ArrayNode page, long from) {
        return page.isEmpty() ? from : page.get(page.size() - 1).path("seq").asLong();
    }

    private final Map<String, List<UUID>> snapshotRuns = new HashMap<>();

    @Override
    public PortalAnswer snapshot(String agencyId, String page, int limit) {
        PortalAnswer early = before(readFault());
        if (early != null) {
            return early;
        }
        int p = page == null ? 0 : Integer.parseInt(page);
        if (page == null) {
            snapshotRuns.put("c" + seq, new ArrayList<>(dossiers.keySet()));
            lastSnapshotCursor = "c" + seq;
        }
        List<UUID> ids = snapshotRuns.get(lastSnapshotCursor);
        ArrayNode list = SimJson.MAPPER.createArrayNode();
        for (int i = p * limit; i < Math.min(ids.size(), (p + 1) * limit); i++) {
            list.add(dossiers.get(ids.get(i)).snapshot());
        }
        ObjectNode body = SimDossier.object();
        body.set("dossiers", list);
        if ((p + 1) * limit < ids.size()) {
            body.put("nextPage", String.valueOf(p + 1));
        } else {
            body.putNull("nextPage");
        }
        body.put("cursor", lastSnapshotCursor);
        return new Accepted(200, body, null, now());
    }

    private String lastSnapshotCursor;

    @Override
    public PortalAnswer catalog(String etag) {
        return refused(404, "not_found", null);
    }

    @Override
    public PortalAnswer leaseCodes(String agencyId, UUID opId, List<LocalDate> days, int size) {
        return refused(404, "not_found", null);
    }

    // ---------------------------------------------------------------- the feed and portal-side acts

    private void change(String kind, SimDossier d, String origin, ObjectNode event) {
        ObjectNode c = SimDossier.object();
        c.put("changeId", UUID.randomUUID().toString());
        c.put("seq", ++seq);
        c.put("kind", kind);
        c.put("dossierUuid", d.uuid.toString());
        c.put("MaHoSo", d.code());
        c.put("version", d.version);
        c.put("origin", origin);
        c.set("dossier", d.snapshot());
        if (event == null) {
            c.putNull("event");
        } else {
            c.set("event", event.deepCopy());
        }
        feed.add(c);
    }

    public long seq() {
        return seq;
    }

    /** A citizen submits online (status 1, channel online, the portal's own number). */
    public SimDossier submitOnline(String procedureCode, String procedureName, String owner, String idNumber, String phone, LocalDate day) {
        UUID id = UUID.randomUUID();
        ObjectNode content = SimDossier.object();
        content.put("MaHoSo", agency + "-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-" + (++onlineNumber));
        content.put("MaTTHC", procedureCode);
        content.put("TenTTHC", procedureName);
        content.put("KenhThucHien", 2);
        content.put("ChuHoSo", owner);
        content.put("LoaiDoiTuong", 1);
        content.put("SoGiayToChuHoSo", idNumber);
        content.put("SoDienThoai", phone);
        content.putNull("Email");
        content.put("TrangThaiHoSo", 1);
        SimDossier d = new SimDossier(id, "portal", content);
        dossiers.put(id, d);
        change("DOSSIER", d, "portal", null);
        return d;
    }

    /** The citizen withdraws on the portal: status 7 wins over the desk's progress (fault 20). */
    public boolean withdraw(UUID id, String reason) {
        SimDossier d = dossiers.get(id);
        if (d == null || DossierStatus.of(d.status).terminal()) {
            return false;
        }
        d.status = 7;
        d.version++;
        ObjectNode e = SimDossier.object().put("uuid", UUID.randomUUID().toString()).put("seq", seq + 1).put("type", "WITHDRAW")
                .put("TrangThaiHoSo", 7).put("origin", "portal").put("reason", reason);
        d.events.add(e);
        change("EVENT", d, "portal", e);
        return true;
    }

    /** A field changed on the portal (conflict tests). */
    public boolean edit(UUID id, String field, String value) {
        SimDossier d = dossiers.get(id);
        if (d == null) {
            return false;
        }
        d.content.put(field, value);
        d.version++;
        change("DOSSIER", d, "portal", null);
        return true;
    }

    /** Every cursor handed out so far expires (fault 31). */
    public void expireCursors() {
        retainedFrom = seq;
    }

    public boolean anyApplyTwice() {
        return applied.values().stream().anyMatch(n -> n > 1);
    }

    Map<String, Object> debug() {
        return Map.of("dossiers", dossiers.size(), "feed", feed.size(), "seq", seq, "retainedFrom", retainedFrom,
                "tokenValid", tokenValid, "notBefore", Objects.toString(notBefore));
    }
}
