package vn.hoctap.authoring.review;

/** What a reviewer decides about a submitted draft. */
public enum ReviewDecision {
    /** The draft, as it is now, may be published. */
    APPROVE,
    /** The author must change the draft (the comment says what) and submit it again. */
    REQUEST_CHANGES
}
