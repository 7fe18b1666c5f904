package vn.hoctap.authoring.course;

/** Where a course's draft is in review. Only an APPROVED draft, unchanged since its approval, can be published. */
public enum ReviewState {
    /** Being written; not submitted (or changed since its approval, or just published). */
    DRAFT,
    /** Submitted by its author; waiting for a reviewer. */
    IN_REVIEW,
    /** A reviewer asked for changes (see the review's comment). */
    CHANGES_REQUESTED,
    /** A reviewer approved this revision of the draft. */
    APPROVED
}
