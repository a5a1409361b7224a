package vn.motcua.sync.sim;

/** One step of a workload: a desk act, a portal act, or a sync tick. {@code n} picks a dossier or a size. */
record Step(Kind kind, int n) {
    enum Kind {
        RECEIVE, HAND_OVER, RESULT_READY, RETURN, SUPPLEMENT_REQUEST, SUPPLEMENT_RECEIVED, DESK_WITHDRAW, RATE,
        UPLOAD, REMOVE_UPLOAD,
        ONLINE_SUBMIT, PORTAL_EDIT_ONLINE, PORTAL_WITHDRAW, EXPIRE_CURSORS, EXPIRE_UPLOADS,
        SYNC
    }

    @Override
    public String toString() {
        return kind + "(" + n + ")";
    }
}
