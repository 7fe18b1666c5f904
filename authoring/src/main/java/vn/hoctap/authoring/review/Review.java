package vn.hoctap.authoring.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A reviewer's decision on one revision of a course draft, with their comment. */
public record Review(long id, UUID courseId, long revision, String reviewer, ReviewDecision decision, String comment,
        OffsetDateTime at) {
}
