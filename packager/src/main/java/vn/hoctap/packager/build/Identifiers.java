package vn.hoctap.packager.build;

import vn.hoctap.core.text.Digests;
import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.LessonContent;

/**
 * The identifiers written into packages and statements, derived only from the course IRI and the stable ids of
 * lessons, blocks and questions: a new version of the course keeps every identifier, so an LMS that imported an
 * older version updates it instead of creating a second course, and learning records stay comparable.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** The cmi5 AU id, TinCan activity id and xAPI object id of a lesson. */
    public static String lessonIri(CourseContent course, LessonContent lesson) {
        return course.courseIri() + "/lessons/" + lesson.id();
    }

    /** The activity id of a block (the video object of Video Profile statements, the quiz activity). */
    public static String blockIri(CourseContent course, LessonContent lesson, Block block) {
        return lessonIri(course, lesson) + "/blocks/" + block.id();
    }

    /** The activity id of a question (object of its {@code answered} statement). */
    public static String questionIri(CourseContent course, LessonContent lesson, Block.QuizBlock quiz,
                                     Block.Question question) {
        return blockIri(course, lesson, quiz) + "/questions/" + question.id();
    }

    /** The XML identifier of a SCORM manifest: {@code hoctap-} and 20 hex digits of the IRI's SHA-1. */
    public static String manifestId(CourseContent course) {
        return "hoctap-" + Digests.sha1(course.courseIri().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 20);
    }

    /** The SCORM organization identifier. */
    public static String organizationId(CourseContent course) {
        return manifestId(course) + "-org";
    }

    /** The SCORM item identifier of a lesson. */
    public static String itemId(LessonContent lesson) {
        return "item-" + lesson.id();
    }

    /** The SCORM resource identifier of a lesson's SCO. */
    public static String resourceId(LessonContent lesson) {
        return "sco-" + lesson.id();
    }
}
