package vn.hoctap.authoring.course;

import java.util.List;
import java.util.UUID;

import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.lesson.LessonDetails;

/**
 * A whole course draft as one document: details, lessons in order and their blocks in order. This is what a
 * preview shows, what publishing freezes and what a diff compares.
 */
public record DraftDocument(UUID courseId, String owner, long revision, CourseDetails details, List<Lesson> lessons) {

    public DraftDocument {
        lessons = List.copyOf(lessons);
    }

    /** A lesson of the document. */
    public record Lesson(UUID id, LessonDetails details, List<Block> blocks) {
        public Lesson {
            blocks = List.copyOf(blocks);
        }
    }

    /** A block of the document. */
    public record Block(UUID id, BlockContent content) {
    }
}
