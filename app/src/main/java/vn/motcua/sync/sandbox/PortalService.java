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
            String fingerprint = null;
            boolean live = false;
            if (key != null) {
                fingerprint = Idempotency.fingerprint(call);
                Idempotency.Stored stored = Idempotency.find(c, call.client().id(), key);
                if (stored != null) {
                    if (!stored.fingerprint().equals(fingerprint)) {
                        c.rollback();
                        return new PortalError(422, "idempotency_key_reused",
                                "This Idempotency-Key was already used for a different request.").answer();
                    }
                    if (route.kind() != Route.Kind.IDEMPOTENT_LIVE) {
                        c.rollback();
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
}
