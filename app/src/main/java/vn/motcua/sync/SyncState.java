package vn.motcua.sync;

/**
 * A dossier's sync state as the clerk sees it (design/sync.md: the worst of its parts), derived
 * by {@link SyncStates} from its outbox entries, its open conflicts and unseen portal changes.
 */
public enum SyncState {
    /** Chờ gửi: actions wait in the outbox. */
    QUEUED,
    /** Đang gửi. */
    SENDING,
    /** Đã gửi, chờ xác nhận. */
    SENT_UNCONFIRMED,
    /** Đã đồng bộ: nothing waits. */
    SYNCED,
    /** Bị từ chối – cần sửa. */
    REJECTED,
    /** Xung đột – cần đối chiếu. */
    CONFLICT,
    /** Có cập nhật từ Cổng. */
    INCOMING;

    public String messageKey() {
        return "sync.state." + name();
    }

    /** One or two words for the dossier list's narrow column (the full sentence is its tooltip and in the dossier view). */
    public String shortKey() {
        return "sync.short." + name();
    }
}
