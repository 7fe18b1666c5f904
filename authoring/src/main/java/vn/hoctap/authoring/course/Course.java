package vn.hoctap.authoring.course;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A course's draft, the aggregate authors edit: who owns it, its details, where it is in review, its
 * {@code revision} (counts every change of the draft, its lessons or blocks: an approval is of one revision)
 * and its {@code version} (the ETag of the course resource: changes with the details, the list of lessons and the
 * review state). Its lessons and their blocks are rows of their own, each with its own version.
 */
public record Course(UUID id, String owner, CourseDetails details, ReviewState reviewState,
        Optional<Long> approvedRevision, long revision, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Whether the draft, as it is now, was approved. */
    public boolean isApprovedAsItIs() {
        return reviewState == ReviewState.APPROVED && approvedRevision.filter(r -> r == revision).isPresent();
    }
}
