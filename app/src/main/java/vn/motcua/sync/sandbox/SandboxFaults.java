package vn.motcua.sync.sandbox;

/**
 * In-process fault hooks for tests of the desk's sync (faults 4 and 5 of design/sync.md). The
 * dispatcher calls them around the commit of every writing request with the route's name, e.g.
 * {@code "PUT /v1/dossiers/{uuid}"}; a hook that throws turns the answer into 500
 * {@code internal}: before the commit nothing is kept, after it everything is (and a retry
 * of the same Idempotency-Key then replays the stored answer).
 */
public interface SandboxFaults {
    SandboxFaults NONE = new SandboxFaults() {
    };

    default void beforeCommit(String route) {
    }

    default void afterCommit(String route) {
    }
}
