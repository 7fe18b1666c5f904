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
    FAILED
}
