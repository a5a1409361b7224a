package vn.motcua.sync;

/**
 * A dossier's sync state as the clerk sees it (design/sync.md: the worst of its parts). Today
 * the outbox tells queued / rejected / synced; the sender and puller of the sync issue add the
 * in-flight, unconfirmed, conflict and incoming states.
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
}
