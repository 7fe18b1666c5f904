package vn.hoctap.authoring.publishing;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a course's version history: who published which version when, and whether (and why) it was
 * withdrawn. A withdrawn version stays readable; it is no longer offered to learners.
 */
public record VersionSummary(UUID courseId, int number, long revision, OffsetDateTime publishedAt,
        String publishedBy, String snapshotSha256, Optional<Withdrawal> withdrawal) {

    public boolean withdrawn() {
        return withdrawal.isPresent();
    }

    /** Who withdrew a version, when and why. */
    public record Withdrawal(OffsetDateTime at, String by, String reason) {
    }
}
