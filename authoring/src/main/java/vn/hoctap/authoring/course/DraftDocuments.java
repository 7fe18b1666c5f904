package vn.hoctap.authoring.course;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.hoctap.authoring.block.Block;
import vn.hoctap.authoring.block.BlockRepository;
import vn.hoctap.authoring.error.NotFoundException;
import vn.hoctap.authoring.lesson.LessonRepository;

/** Reads a course's whole draft, on the caller's transaction. */
public final class DraftDocuments {

    private final CourseRepository courses;
    private final LessonRepository lessons;
    private final BlockRepository blocks;

    public DraftDocuments(CourseRepository courses, LessonRepository lessons, BlockRepository blocks) {
        this.courses = courses;
        this.lessons = lessons;
        this.blocks = blocks;
    }

    public DraftDocument load(Connection c, UUID courseId) throws SQLException {
        Course course = courses.byId(c, courseId).orElseThrow(() -> NotFoundException.course(courseId));
        return load(c, course);
    }

    public DraftDocument load(Connection c, Course course) throws SQLException {
        Map<UUID, List<Block>> blocksByLesson = blocks.ofCourse(c, course.id());
        List<DraftDocument.Lesson> documentLessons = lessons.ofCourse(c, course.id()).stream()
                .map(lesson -> new DraftDocument.Lesson(lesson.id(), lesson.details(),
                        blocksByLesson.getOrDefault(lesson.id(), List.of()).stream()
                                .map(block -> new DraftDocument.Block(block.id(), block.content())).toList()))
                .toList();
        return new DraftDocument(course.id(), course.owner(), course.revision(), course.details(), documentLessons);
    }
}
