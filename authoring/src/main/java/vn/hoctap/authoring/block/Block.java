package vn.hoctap.authoring.block;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A block of a lesson's draft: its content, its place in the lesson and its version (the ETag a change must
 * name).
 */
public record Block(UUID id, UUID lessonId, int position, BlockContent content, long version, OffsetDateTime updatedAt) {
}
