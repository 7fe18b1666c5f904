package vn.hoctap.packager.build;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.LessonContent;
import vn.hoctap.packager.content.LocalizedText;

/**
 * Writes the manifest of each package format. Every identifier comes from {@link Identifiers}; the course version
 * appears only where a format has a version field (SCORM's {@code manifest/@version}). Launch URLs point at
 * {@code index.html} with {@code lesson=<id>}; no AU URL uses a query parameter cmi5 reserves.
 */
final class Manifests {

    static final String CMI5_NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    static final String TINCAN_NS = "http://projecttincan.com/tincan.xsd";
    static final String LESSON_ACTIVITY_TYPE = "http://adlnet.gov/expapi/activities/lesson";
    static final String COURSE_ACTIVITY_TYPE = "http://adlnet.gov/expapi/activities/course";

    private Manifests() {
    }

    static String write(PackageFormat format, CourseContent course, PackageContents contents,
                        SortedSet<String> playerFiles) {
        return switch (format) {
            case CMI5 -> cmi5(course);
            case XAPI -> tincan(course);
            case SCORM_12 -> scorm12(course, contents, playerFiles);
            case SCORM_2004 -> scorm2004(course, contents, playerFiles);
        };
    }

    static String launchUrl(LessonContent lesson) {
        return PlayerAssets.LAUNCH_PAGE + "?lesson=" + lesson.id();
    }

    private static String cmi5(CourseContent course) {
        Xml xml = new Xml().open("courseStructure", "xmlns", CMI5_NS);
        xml.open("course", "id", course.courseIri());
        langstrings(xml, "title", course.title(), "lang");
        langstrings(xml, "description", orElse(course.description(), course.title()), "lang");
        xml.close("course");
        for (LessonContent lesson : course.lessons()) {
            xml.open("au", "id", Identifiers.lessonIri(course, lesson),
                    "moveOn", lesson.moveOn(),
                    "masteryScore", lesson.masteryScore().map(m -> m.stripTrailingZeros().toPlainString()).orElse(null),
                    "launchMethod", "AnyWindow",
                    "activityType", LESSON_ACTIVITY_TYPE);
            langstrings(xml, "title", lesson.title(), "lang");
            langstrings(xml, "description", orElse(lesson.description(), lesson.title()), "lang");
            xml.text("url", launchUrl(lesson));
            xml.close("au");
        }
        return xml.close("courseStructure").toString();
    }

    private static String tincan(CourseContent course) {
        Xml xml = new Xml().open("tincan", "xmlns", TINCAN_NS).open("activities");
        xml.open("activity", "id", course.courseIri(), "type", COURSE_ACTIVITY_TYPE);
        plainLangstrings(xml, "name", course.title());
        plainLangstrings(xml, "description", orElse(course.description(), course.title()));
        xml.text("launch", PlayerAssets.LAUNCH_PAGE, "lang", course.defaultLanguage());
        xml.close("activity");
        for (LessonContent lesson : course.lessons()) {
            xml.open("activity", "id", Identifiers.lessonIri(course, lesson), "type", LESSON_ACTIVITY_TYPE);
            plainLangstrings(xml, "name", lesson.title());
            plainLangstrings(xml, "description", orElse(lesson.description(), lesson.title()));
            xml.close("activity");
            for (Block block : lesson.blocks()) {
                if (block instanceof Block.QuizBlock quiz) {
                    for (Block.Question question : quiz.questions()) {
                        question(xml, course, lesson, quiz, question);
                    }
                }
            }
        }
        return xml.close("activities").close("tincan").toString();
    }

    private static void question(Xml xml, CourseContent course, LessonContent lesson, Block.QuizBlock quiz,
                                 Block.Question question) {
        xml.open("activity", "id", Identifiers.questionIri(course, lesson, quiz, question),
                "type", "http://adlnet.gov/expapi/activities/cmi.interaction");
        plainLangstrings(xml, "name", question.prompt());
        plainLangstrings(xml, "description", question.prompt());
        boolean trueFalse = question.kind() == Block.QuestionKind.TRUE_FALSE;
        xml.text("interactionType", trueFalse ? "true-false" : "choice");
        xml.open("correctResponsePatterns");
        xml.text("correctResponsePattern", String.join("[,]", question.choices().stream()
                .filter(Block.Choice::correct).map(Block.Choice::id).toList()));
        xml.close("correctResponsePatterns");
        if (!trueFalse) {
            xml.open("choices");
            for (Block.Choice choice : question.choices()) {
                xml.open("component").text("id", choice.id());
                plainLangstrings(xml, "description", choice.text());
                xml.close("component");
            }
            xml.close("choices");
        }
        xml.close("activity");
    }

    private static String scorm12(CourseContent course, PackageContents contents, SortedSet<String> playerFiles) {
        Xml xml = new Xml().open("manifest",
                "identifier", Identifiers.manifestId(course),
                "version", Integer.toString(course.version()),
                "xmlns", "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
                "xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_rootv1p2",
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd"
                        + " http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd");
        xml.open("metadata").text("schema", "ADL SCORM").text("schemaversion", "1.2").close("metadata");
        xml.open("organizations", "default", Identifiers.organizationId(course));
        xml.open("organization", "identifier", Identifiers.organizationId(course));
        xml.text("title", course.title().best(course.languages()));
        for (LessonContent lesson : course.lessons()) {
            xml.open("item", "identifier", Identifiers.itemId(lesson), "identifierref", Identifiers.resourceId(lesson),
                    "isvisible", "true", "parameters", "?lesson=" + lesson.id());
            xml.text("title", lesson.title().best(course.languages()));
            lesson.masteryScore().ifPresent(mastery -> xml.text("adlcp:masteryscore",
                    mastery.movePointRight(2).stripTrailingZeros().toPlainString()));
            xml.close("item");
        }
        xml.close("organization").close("organizations");
        resources(xml, course, contents, playerFiles, "adlcp:scormtype");
        return xml.close("manifest").toString();
    }

    private static String scorm2004(CourseContent course, PackageContents contents, SortedSet<String> playerFiles) {
        Xml xml = new Xml().open("manifest",
                "identifier", Identifiers.manifestId(course),
                "version", Integer.toString(course.version()),
                "xmlns", "http://www.imsglobal.org/xsd/imscp_v1p1",
                "xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_v1p3",
                "xmlns:adlseq", "http://www.adlnet.org/xsd/adlseq_v1p3",
                "xmlns:adlnav", "http://www.adlnet.org/xsd/adlnav_v1p3",
                "xmlns:imsss", "http://www.imsglobal.org/xsd/imsss",
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", "http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd"
                        + " http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"
                        + " http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd"
                        + " http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd"
                        + " http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd");
        xml.open("metadata").text("schema", "ADL SCORM").text("schemaversion", "2004 4th Edition")
                .close("metadata");
        xml.open("organizations", "default", Identifiers.organizationId(course));
        xml.open("organization", "identifier", Identifiers.organizationId(course));
        xml.text("title", course.title().best(course.languages()));
        for (LessonContent lesson : course.lessons()) {
            xml.open("item", "identifier", Identifiers.itemId(lesson), "identifierref", Identifiers.resourceId(lesson),
                    "parameters", "?lesson=" + lesson.id());
            xml.text("title", lesson.title().best(course.languages()));
            lesson.masteryScore().ifPresent(mastery -> {
                xml.open("imsss:sequencing").open("imsss:objectives");
                xml.open("imsss:primaryObjective", "objectiveID", "mastery-" + lesson.id(),
                        "satisfiedByMeasure", "true");
                xml.text("imsss:minNormalizedMeasure", mastery.stripTrailingZeros().toPlainString());
                xml.close("imsss:primaryObjective").close("imsss:objectives").close("imsss:sequencing");
            });
            xml.close("item");
        }
        xml.open("imsss:sequencing").empty("imsss:controlMode", "choice", "true", "flow", "true")
                .close("imsss:sequencing");
        xml.close("organization").close("organizations");
        resources(xml, course, contents, playerFiles, "adlcp:scormType");
        return xml.close("manifest").toString();
    }

    private static void resources(Xml xml, CourseContent course, PackageContents contents,
                                  SortedSet<String> playerFiles, String scormTypeAttribute) {
        xml.open("resources");
        for (LessonContent lesson : course.lessons()) {
            xml.open("resource", "identifier", Identifiers.resourceId(lesson), "type", "webcontent",
                    scormTypeAttribute, "sco", "href", PlayerAssets.LAUNCH_PAGE);
            xml.empty("file", "href", PlayerAssets.LAUNCH_PAGE);
            for (String file : contents.lessonFiles(lesson)) {
                xml.empty("file", "href", file);
            }
            xml.empty("dependency", "identifierref", "player");
            xml.close("resource");
        }
        xml.open("resource", "identifier", "player", "type", "webcontent", scormTypeAttribute, "asset");
        for (String file : new TreeSet<>(playerFiles)) {
            xml.empty("file", "href", file);
        }
        xml.close("resource");
        xml.close("resources");
    }

    private static void langstrings(Xml xml, String element, LocalizedText text, String attribute) {
        xml.open(element);
        for (Map.Entry<String, String> entry : text.values().entrySet()) {
            xml.text("langstring", entry.getValue(), attribute, entry.getKey());
        }
        xml.close(element);
    }

    private static void plainLangstrings(Xml xml, String element, LocalizedText text) {
        for (Map.Entry<String, String> entry : text.values().entrySet()) {
            xml.text(element, entry.getValue(), "lang", entry.getKey());
        }
    }

    private static LocalizedText orElse(LocalizedText text, LocalizedText fallback) {
        return text.isEmpty() ? fallback : text;
    }
}
