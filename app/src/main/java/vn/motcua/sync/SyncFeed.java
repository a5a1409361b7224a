package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The office's one row of pull position and line state: the feed cursor (moved only in the
 * transaction that applies its page), last push and pull, the portal's clock skew and whether
 * the line is up.
 */
@Entity
@Table(name = "sync_feed")
public class SyncFeed {
    static final int ROW = 1;

    @Id
    private int id;
    @Column(name = "feed_cursor")
    private String cursor;
    @Column(name = "cursor_seq", nullable = false)
    private long cursorSeq;
    @Column(name = "last_pull_at")
    private Instant lastPullAt;
    @Column(name = "last_push_at")
    private Instant lastPushAt;
    @Column(name = "last_server_date")
    private Instant lastServerDate;
    @Column(name = "skew_millis")
    private Long skewMillis;
    @Column(name = "line_up")
    private Boolean lineUp;
    @Column(name = "line_since")
    private Instant lineSince;
    @Column(name = "line_reason")
    private String lineReason;
    @Column(nullable = false)
    private int resyncs;
    @Column(name = "not_before")
    private Instant notBefore;
    @Version
    private long version;

    protected SyncFeed() {
    }

    static SyncFeed of(org.hibernate.Session s) {
        return s.find(SyncFeed.class, ROW);
    }

    void advance(String next, long seq, Instant at) {
        cursor = next;
        cursorSeq = Math.max(cursorSeq, seq);
        lastPullAt = at;
    }

    void pulled(Instant at) {
        lastPullAt = at;
    }

    void pushed(Instant at) {
        lastPushAt = at;
    }

    /** The portal said "not before" (429/503 Retry-After): it is overloaded as a whole, so no call of any kind until then (fault 25). */
    void holdUntil(Instant until) {
        if (until != null && (notBefore == null || until.isAfter(notBefore))) {
            notBefore = until;
        }
    }

    /** When the portal may be called again, or null. */
    public Instant notBefore() {
        return notBefore;
    }

    /** True while the portal's Retry-After runs. */
    public boolean holding(Instant now) {
        return notBefore != null && now.isBefore(notBefore);
    }

    void resynced() {
        resyncs++;
    }

    /** Skew = portal clock minus desk clock, from an answer's {@code Date} (fault 33). */
    void serverDate(Instant serverDate, Instant deskNow) {
        if (serverDate != null) {
            lastServerDate = serverDate;
            skewMillis = Duration.between(deskNow, serverDate).toMillis();
        }
    }

    void line(boolean up, String reason, Instant at) {
        if (lineUp == null || lineUp != up) {
            lineSince = at;
        }
        lineUp = up;
        lineReason = up ? null : OutboxEntry.shorten(reason);
    }

    public String cursor() {
        return cursor;
    }

    /** The highest feed sequence applied: only ever grows (fault 27). */
    public long cursorSeq() {
        return cursorSeq;
    }

    public Instant lastPullAt() {
        return lastPullAt;
    }

    public Instant lastPushAt() {
        return lastPushAt;
    }

    public Duration skew() {
        return skewMillis == null ? null : Duration.ofMillis(skewMillis);
    }

    /** Null before the first call. */
    public Boolean lineUp() {
        return lineUp;
    }

    public Instant lineSince() {
        return lineSince;
    }

    public String lineReason() {
        return lineReason;
    }

    public int resyncs() {
        return resyncs;
    }
}
