package vn.motcua.sync.sandbox;

import java.sql.Connection;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal without HTTP: finds the route, checks the token, and runs every writing request as
 * ONE transaction in which the mutation, its change-feed row, the version bump and the
 * idempotency record commit together. Writes are serialized by one lock (a sandbox serves a few
 * desks), which also makes the feed's sequence commit in order. Hand-carried bundles enter here
 * too, as their client, so they share the idempotency store with individual calls.
 */
final class PortalService {
    private static final Logger LOG = LoggerFactory.getLogger(PortalService.class);
    private final PortalContext ctx;
    private final List<Route> routes = new ArrayList<>();
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private volatile SandboxFaults faults = SandboxFaults.NONE;
    private volatile Duration overloadedFor;

    PortalService(PortalContext ctx) {
        this.ctx = ctx;
        routes.addAll(new TokenRoutes(ctx).routes());
        routes.addAll(new DossierRoutes(ctx).routes());
        routes.addAll(new EventRoutes(ctx).routes());
        routes.addAll(new FileRoutes(ctx).routes());
        routes.addAll(new UploadRoutes(ctx).routes());
        routes.addAll(new FeedRoutes(ctx).routes());
        routes.addAll(new LeaseRoutes(ctx).routes());
        routes.addAll(new BundleRoutes(ctx, this).routes());
        routes.addAll(new BatchRoutes(this).routes());
        routes.addAll(new SandboxRoutes(ctx).routes());
    }

    PortalContext context() {
        return ctx;
    }

    void faults(SandboxFaults f) {
        faults = f == null ? SandboxFaults.NONE : f;
    }

    void overloaded(Duration retryAfter) {
        overloadedFor = retryAfter;
    }

    /** Handles a request that came over HTTP. */
    Answer handle(Call call) {
        Duration overload = overloadedFor;
        if (overload != null && !call.path().startsWith("/v1/sandbox/")) {
            return new PortalError(503, "overloaded", "The portal is busy; try again later.").answer()
                    .with("Retry-After", String.valueOf(Math.max(0, overload.toSeconds())));
        }
        return dispatch(call, null);
    }

    /**
     * Routes a call; {@code as} non-null: the client is already authenticated (a bundle's HMAC)
     * and no bearer token is looked at.
     */
    Answer dispatch(Call call, Call.Client as) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> vars = route.match(call.method(), call.path());
            if (vars == null) {
                pathKnown |= route.match(route.method(), call.path()) != null;
                continue;
            }
            Call.Client client = as;
            if (client == null && route.kind().needsToken()) {
                client = ctx.tokens.check(call.header("Authorization"));
                if (client == null) {
                    return new PortalError(401, "token_expired", "The access token is missing, unknown or expired.").answer()
                            .with("WWW-Authenticate", "Bearer");
                }
            }
            return run(route, call.withMatch(vars, client));
        }
        return pathKnown ? new PortalError(405, "method_not_allowed", "This path does not take " + call.method() + ".").answer()
                : new PortalError(404, "not_found", "No such route: " + call.path()).answer();
    }

    /** Stores a bundle's attachment as complete (content-addressed), in its own transaction. */
    void keepAttachment(java.util.UUID uuid, String sha, byte[] data) throws Exception {
        writeLock.lock();
        try (Connection c = ctx.store.connection()) {
            c.setAutoCommit(false);
            try {
                Attachments.keep(ctx, c, uuid, sha, data);
                try (java.sql.PreparedStatement ps = c.prepareStatement(
                        "update portal_upload set complete = true, upload_offset = bytes where uuid = ? and sha256 = ?")) {
                    ps.setObject(1, uuid);
                    ps.setString(2, sha);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private Answer run(Route route, Call call) {
        try {
            if (!route.kind().writes()) {
                try (Connection c = ctx.store.connection()) {
                    return route.handler().handle(call, c);
                }
            }
            String key = route.kind().keyed() ? call.header("Idempotency-Key") : null;
            if (route.kind().keyed() && (key == null || key.isBlank())) {
                throw new PortalError(400, "idempotency_key_required", "A mutating call needs an Idempotency-Key header.");
            }
            if (route.kind() == Route.Kind.ROW_LOCKED_WRITE) {
                try (Connection c = ctx.store.connection()) {
                    return transaction(route, call, key, c);
                }
            }
            writeLock.lock();
            try (Connection c = ctx.store.connection()) {
                return transaction(route, call, key, c);
            } finally {
                writeLock.unlock();
            }
        } catch (PortalError e) {
            return e.answer();
        } catch (Exception e) {
            LOG.warn("{} failed", route.name(), e);
            return new PortalError(500, "internal", "The portal failed: " + e.getClass().getSimpleName()).answer();
        }
    }

    private Answer transaction(Route route, Call call, String key, Connection c) throws Exception {
        c.setAutoCommit(false);
        boolean committed = false;
        try {
            Answer answer = step(route, call, key, c);
            faults.beforeCommit(route.name());
            c.commit();
            committed = true;
            faults.afterCommit(route.name());
            return answer;
        } finally {
            if (!committed) {
                c.rollback();
            }
            c.setAutoCommit(true);
        }
    }

    /**
     * One request inside the caller's open transaction: a repeated key is answered from the store
     * (or refused when it named another request), otherwise the handler runs and its answer is
     * stored with the mutation; a refusal keeps nothing of what the route had written.
     */
    private Answer step(Route route, Call call, String key, Connection c) throws Exception {
        String fingerprint = null;
        boolean live = false;
        if (key != null) {
            fingerprint = Idempotency.fingerprint(call);
            Idempotency.Stored stored = Idempotency.find(c, call.client().id(), key);
            if (stored != null) {
                if (!stored.fingerprint().equals(fingerprint)) {
                    return new PortalError(422, "idempotency_key_reused",
                            "This Idempotency-Key was already used for a different request.").answer();
                }
                if (route.kind() != Route.Kind.IDEMPOTENT_LIVE) {
                    return stored.answer();
                }
                live = true;
            }
        }
        Savepoint before = c.setSavepoint();
        Answer answer;
        try {
            answer = route.handler().handle(call, c);
        } catch (PortalError refusal) {
            c.rollback(before); // a refusal keeps nothing of what the route had written
            answer = refusal.answer();
        }
        if (key != null && !live && Idempotency.storable(answer.status())) {
            Idempotency.store(c, call.client().id(), key, fingerprint, answer);
        }
        return answer;
    }

    /**
     * Applies the keyed requests of one batch in order, as {@code client}, in ONE transaction (one
     * durable commit instead of one per request): each request is exactly the individual call
     * (same route, same idempotency store), and a request that fails unexpectedly is rolled back
     * to its own savepoint and answered 500 without touching the others. Once a request of a
     * dossier is refused, the later ones of that dossier are not applied (424): the desk's
     * first-in first-out order per dossier holds inside a batch too.
     */
    List<Answer> batch(List<Call> calls, Call.Client client) throws Exception {
        List<Answer> answers = new ArrayList<>();
        writeLock.lock();
        try (Connection c = ctx.store.connection()) {
            c.setAutoCommit(false);
            boolean committed = false;
            try {
                java.util.Set<String> refusedDossiers = new java.util.HashSet<>();
                for (Call call : calls) {
                    answers.add(batchStep(call, client, c, refusedDossiers));
                }
                faults.beforeCommit(BATCH);
                c.commit();
                committed = true;
                faults.afterCommit(BATCH);
                return answers;
            } finally {
                if (!committed) {
                    c.rollback();
                }
                c.setAutoCommit(true);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** The fault hooks' name of a batch's one commit. */
    static final String BATCH = "POST /v1/batch";

    private Answer batchStep(Call call, Call.Client client, Connection c, java.util.Set<String> refusedDossiers) throws Exception {
        String dossier = dossierOf(call.path());
        if (dossier != null && refusedDossiers.contains(dossier)) {
            return new PortalError(424, "earlier_action_refused",
                    "An earlier action of this dossier in the same batch was refused; this one was not applied.").answer();
        }
        Route route = null;
        Map<String, String> vars = null;
        for (Route r : routes) {
            vars = r.match(call.method(), call.path());
            if (vars != null) {
                route = r;
                break;
            }
        }
        if (route == null || !route.kind().keyed()) {
            return new PortalError(400, "not_batchable", "Only keyed calls of the contract may be batched: " + call.method() + " "
                    + call.path()).answer();
        }
        String key = call.header("Idempotency-Key");
        if (key == null || key.isBlank()) {
            return new PortalError(400, "idempotency_key_required", "A mutating call needs an Idempotency-Key header.").answer();
        }
        Savepoint whole = c.setSavepoint();
        Answer answer;
        try {
            answer = step(route, call.withMatch(vars, client), key, c);
        } catch (Exception e) {
            c.rollback(whole);
            LOG.warn("{} failed inside a batch", route.name(), e);
            answer = new PortalError(500, "internal", "The portal failed: " + e.getClass().getSimpleName()).answer();
        }
        if (dossier != null && answer.status() >= 400) {
            refusedDossiers.add(dossier);
        }
        return answer;
    }

    /** The dossier UUID a contract path names ({@code /v1/dossiers/{uuid}...}), else null. */
    static String dossierOf(String path) {
        String prefix = "/v1/dossiers/";
        if (!path.startsWith(prefix)) {
            return null;
        }
        int end = path.indexOf('/', prefix.length());
        return end < 0 ? path.substring(prefix.length()) : path.substring(prefix.length(), end);
    }
}
