package vn.hoctap.authoring.lesson;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A lesson of a course's draft: its details, its place in the course and its version (the ETag: changes with the
 * details and the list of blocks, not with a block's content).
 */
public record Lesson(UUID id, UUID courseId, int position, LessonDetails details, long version, OffsetDateTime updatedAt) {
}
