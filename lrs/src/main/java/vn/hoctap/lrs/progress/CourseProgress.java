package vn.hoctap.lrs.progress;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A learner's progress in one course: the lessons they have statements about (a lesson is an activity whose
 * statements carry the course in {@code contextActivities.parent} or {@code grouping}, as cmi5 AUs do), whether
 * the course itself was completed or passed, and where to resume.
 *
 * @param courseId     the course's activity IRI
 * @param lessons      the lessons, most recently active first
 * @param completed    a statement about the course itself said completed (or cmi5 satisfied)
 * @param passed       as {@link LessonProgress#passed()}, for statements about the course itself
 * @param lastActivity the timestamp of the learner's latest statement in the course
 * @param resume       the lesson to continue with (the one active most recently) and its resume point
 */
public record CourseProgress(String courseId, List<LessonProgress> lessons, boolean completed,
        Optional<Boolean> passed, Optional<OffsetDateTime> lastActivity, Optional<Resume> resume) {

    public CourseProgress {
        lessons = List.copyOf(lessons);
    }

    /** How many lessons were completed. */
    public long completedLessons() {
        return lessons.stream().filter(LessonProgress::completed).count();
    }

    /** The copy with the resume point's state filled in. */
    CourseProgress withResume(Optional<Resume> newResume) {
        return new CourseProgress(courseId, lessons, completed, passed, lastActivity, newResume);
    }

    /**
     * Where "continue where you left off" starts.
     *
     * @param lessonId the lesson active most recently
     * @param at       when
     * @param progress the cmi5 progress the lesson last reported
     * @param state    the state document the player wrote for the lesson (stateId {@code resume}), as JSON (a
     *                 JSON string when the player stored something else than JSON)
     */
    public record Resume(String lessonId, OffsetDateTime at, Optional<Integer> progress, Optional<JsonNode> state) {
    }
}
