package vn.motcua.sync.sim;

/** One thing the simulated network or portal does to one call (design/sync.md, faults 1–37). */
public enum Fault {
    NONE,
    /** Connection refused: certainly never delivered (fault 1). */
    REFUSED,
    /** Reset while the body was sent: not committed (fault 2). */
    RESET_BEFORE,
    /** Committed, answer lost (fault 3). */
    LOST_AFTER,
    /** 500 before commit (fault 4). */
    ERROR_BEFORE,
    /** 500 after commit (fault 5). */
    ERROR_AFTER,
    /** Committed, body malformed or truncated (fault 6). */
    MALFORMED,
    /** The request reached the portal twice (fault 7); the desk sees the second answer. */
    DUPLICATED,
    /** Credentials expired (fault 24). */
    TOKEN_EXPIRED,
    /** 429 with Retry-After (fault 25). */
    RATE_LIMITED,
    /** The line drops for several calls (faults 1, 27). */
    OUTAGE,
    /** A chunk damaged on the way (fault 14). */
    CORRUPT_CHUNK,
    /** The desk process dies after the portal committed, before it recorded the answer (faults 11, 12, 29). */
    CRASH_AFTER,
    /** A change page that overlaps what was already read (fault 30). */
    OVERLAP
}
