package vn.hoctap.lrs.sync;

/** What became of one item of a sync request. */
public enum SyncStatus {
    /** Stored now. */
    STORED("stored"),
    /** A statement with the same id and the same content was stored before (or earlier in the same request). */
    ALREADY_STORED("already_stored"),
    /** Not stored; the outcome says why and where. The app should not send it again unchanged. */
    REJECTED("rejected");

    private final String wireName;

    SyncStatus(String wireName) {
        this.wireName = wireName;
    }

    /** How the API writes it: {@code stored}, {@code already_stored}, {@code rejected}. */
    public String wireName() {
        return wireName;
    }
}
