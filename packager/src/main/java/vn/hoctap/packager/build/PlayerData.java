package vn.hoctap.packager.build;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.LessonContent;

/**
 * Writes {@code player/course-data.js}: the course as the player reads it, assigned to
 * {@code window.HOCTAP_COURSE}. A script rather than a JSON file because browsers refuse {@code fetch} of local
 * files: the package must also play when opened from the device's storage. Keys are written in a fixed order,
 * so the same content gives the same bytes. Media paths are relative to {@code index.html}.
 */
final class PlayerData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlayerData() {
    }

    static byte[] script(CourseContent course, PackageFormat format, PackageVariant variant,
                         PackageContents contents) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("courseIri", course.courseIri());
        root.put("version", course.version());
        root.put("format", format.slug());
        root.put("variant", variant.slug());
        root.put("languages", course.languages());
        root.put("title", course.title().values());
        root.put("description", course.description().values());
        List<Object> lessons = new ArrayList<>();
        for (LessonContent lesson : course.lessons()) {
            lessons.add(lesson(course, lesson, contents));
        }
        root.put("lessons", lessons);
        try {
            String json = JSON.writeValueAsString(root);
            return ("window.HOCTAP_COURSE = " + json + ";\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("course data cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> lesson(CourseContent course, LessonContent lesson, PackageContents contents) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", lesson.id());
        map.put("iri", Identifiers.lessonIri(course, lesson));
        map.put("title", lesson.title().values());
        map.put("description", lesson.description().values());
        map.put("moveOn", lesson.moveOn());
        map.put("masteryScore", lesson.masteryScore().map(java.math.BigDecimal::doubleValue).orElse(null));
        List<Object> blocks = new ArrayList<>();
        for (Block block : lesson.blocks()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("id", block.id());
            b.put("iri", Identifiers.blockIri(course, lesson, block));
            b.put("title", block.title().values());
            if (block instanceof Block.SlidesBlock slides) {
                b.put("type", "slides");
                b.put("language", slides.language());
                List<Object> list = new ArrayList<>();
                for (Block.Slide slide : slides.slides()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("image", PackageContents.path(contents.slideImage(slide)));
                    s.put("text", slide.text().values());
                    s.put("notes", slide.notes().values());
                    if (slide.narration() != null) {
                        s.put("narration", PackageContents.path(slide.narration().key()));
                        s.put("narrationSeconds", slide.narration().durationSeconds());
                    }
                    list.add(s);
                }
                b.put("slides", list);
            } else if (block instanceof Block.VideoBlock video) {
                PackageContents.VideoSource source = contents.videoSource(video);
                b.put("type", "video");
                b.put("duration", video.durationSeconds());
                b.put("src", PackageContents.path(source.key()));
                b.put("mimeType", source.mimeType());
                b.put("poster", video.poster() == null ? null : PackageContents.path(video.poster()));
                List<Object> captions = new ArrayList<>();
                for (Block.Captions c : video.captions()) {
                    captions.add(Map.of("lang", c.language(), "src", PackageContents.path(c.key())));
                }
                b.put("captions", captions);
            } else if (block instanceof Block.TextBlock text) {
                b.put("type", "text");
                b.put("html", text.html().values());
            } else if (block instanceof Block.ImageBlock image) {
                b.put("type", "image");
                b.put("image", PackageContents.path(contents.imageOf(image)));
                b.put("alt", image.alt().values());
                b.put("caption", image.caption().values());
            } else if (block instanceof Block.QuizBlock quiz) {
                b.put("type", "quiz");
                b.put("masteryScore", quiz.masteryScore().doubleValue());
                b.put("shuffle", quiz.shuffle());
                List<Object> questions = new ArrayList<>();
                for (Block.Question question : quiz.questions()) {
                    Map<String, Object> q = new LinkedHashMap<>();
                    q.put("id", question.id());
                    q.put("iri", Identifiers.questionIri(course, lesson, quiz, question));
                    q.put("kind", question.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                    q.put("prompt", question.prompt().values());
                    q.put("points", question.points());
                    q.put("correctFeedback", question.correctFeedback().values());
                    q.put("incorrectFeedback", question.incorrectFeedback().values());
                    List<Object> choices = new ArrayList<>();
                    for (Block.Choice choice : question.choices()) {
                        Map<String, Object> c = new LinkedHashMap<>();
                        c.put("id", choice.id());
                        c.put("text", choice.text().values());
                        c.put("correct", choice.correct());
                        c.put("feedback", choice.feedback().values());
                        choices.add(c);
                    }
                    q.put("choices", choices);
                    questions.add(q);
                }
                b.put("questions", questions);
            }
            blocks.add(b);
        }
        map.put("blocks", blocks);
        return map;
    }

}
