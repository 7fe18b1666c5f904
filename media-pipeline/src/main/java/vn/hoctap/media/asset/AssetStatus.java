package vn.hoctap.media.asset;

/** Where an asset is in the pipeline. */
public enum AssetStatus {
    /** Stored and waiting for its processing job. */
    RECEIVED,
    /** A node is producing its renditions. */
    PROCESSING,
    /** Every rendition is stored and listed in the manifest. */
    READY,
    /** Processing failed for good (bad input, or transient failures past the retry limit); the original is kept. */
    FAILED,
    /** Somebody cancelled the job (its tool process was stopped); the original is kept. */
    CANCELLED;

    /** Whether the job has ended (ready, failed or cancelled) and will not change by itself. */
    public boolean isSettled() {
        return this == READY || this == FAILED || this == CANCELLED;
    }
}
