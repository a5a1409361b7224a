package vn.motcua.sync.sandbox;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * One route of the contract: a method and a path pattern with {@code {name}} segments, how it
 * is guarded, and its handler. {@code name} (e.g. {@code "PUT /v1/dossiers/{uuid}"}) is what the
 * fault hooks receive.
 */
record Route(String method, String pattern, Kind kind, Handler handler) {

    /** How the dispatcher wraps the handler. */
    enum Kind {
        /** No token, no transaction held open (token, bundles, reads of the sandbox). */
        OPEN_READ,
        /** Bearer token; read in one connection. */
        READ,
        /** Bearer token; one transaction; Idempotency-Key required, answer stored and replayed. */
        IDEMPOTENT,
        /** Like IDEMPOTENT, but a repeat of the same key re-runs the (naturally idempotent) handler for a live answer. */
        IDEMPOTENT_LIVE,
        /** Bearer token; one transaction; idempotent by its own nature (upload finish by its state). */
        WRITE,
        /**
         * Like WRITE, but not under the portal's write lock: the handler locks its own rows (an upload
         * chunk its upload's row). A chunk touches no feed, so one scan's write and flush to disk
         * holds back neither the desks' other calls nor another scan's chunk.
         */
        ROW_LOCKED_WRITE,
        /** No token (sandbox training routes); one transaction. */
        OPEN_WRITE;

        boolean needsToken() {
            return this != OPEN_READ && this != OPEN_WRITE;
        }

        boolean writes() {
            return this == IDEMPOTENT || this == IDEMPOTENT_LIVE || this == WRITE || this == ROW_LOCKED_WRITE || this == OPEN_WRITE;
        }

        boolean keyed() {
            return this == IDEMPOTENT || this == IDEMPOTENT_LIVE;
        }
    }

    @FunctionalInterface
    interface Handler {
        Answer handle(Call call, Connection c) throws Exception;
    }

    String name() {
        return method + " " + pattern;
    }

    /** The path variables when {@code path} matches this route, else null. */
    Map<String, String> match(String method, String path) {
        if (!this.method.equalsIgnoreCase(method)) {
            return null;
        }
        String[] want = pattern.split("/");
        String[] got = path.split("/");
        if (want.length != got.length) {
            return null;
        }
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{")) {
                if (got[i].isEmpty()) {
                    return null;
                }
                vars.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return vars;
    }
}
