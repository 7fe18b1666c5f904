package vn.hoctap.samples.outline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@link CourseOutline} from JSON and checks it: every text a learner sees has a variant in every
 * language of the course, speaker notes and narration exist in the course's own language, file names are plain,
 * and each question can be answered (single and true/false: exactly one correct choice, true/false: two choices,
 * multiple: at least one). Unknown fields are refused so that a typo does not silently drop content.
 */
public final class OutlineReader {

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * @throws InvalidOutlineException if the file cannot be read or parsed, or breaks a rule (all problems listed)
     */
    public CourseOutline read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidOutlineException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(content, file.toString());
    }

    /** Like {@link #read(Path)}, from bytes; {@code source} names them in messages. */
    public CourseOutline parse(byte[] content, String source) {
        CourseOutline outline;
        try {
            outline = json.readValue(content, CourseOutline.class);
        } catch (JsonProcessingException e) {
            throw new InvalidOutlineException(source + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
        } catch (IOException | RuntimeException e) {
            throw new InvalidOutlineException(source + ": " + e.getMessage(), e);
        }
        List<String> problems = new Checks(outline).run();
        if (!problems.isEmpty()) {
            throw new InvalidOutlineException(problems);
        }
        return outline;
    }

    private static final class Checks {
        private final CourseOutline outline;
        private final List<String> problems = new ArrayList<>();
        private final Set<String> files = new HashSet<>();

        Checks(CourseOutline outline) {
            this.outline = outline;
        }

        List<String> run() {
            if (outline.format() != 1) {
                problems.add("format: must be 1, is " + outline.format());
            }
            if (outline.languages().isEmpty()) {
                problems.add("languages: name at least the course's own language");
                return problems;
            }
            plain("id", outline.id());
            learnerText("title", outline.title());
            learnerText("description", outline.description());
            learnerText("audience", outline.audience());
            if (outline.keywords().isEmpty()) {
                problems.add("keywords: at least one keyword");
            }
            for (int k = 0; k < outline.keywords().size(); k++) {
                learnerText("keywords[" + k + "]", outline.keywords().get(k));
            }
            if (outline.cover() == null || outline.cover().file() == null) {
                problems.add("cover.file: missing");
            }
            if (outline.lessons().isEmpty()) {
                problems.add("lessons: at least one lesson");
            }
            Set<String> lessonIds = new HashSet<>();
            for (int l = 0; l < outline.lessons().size(); l++) {
                lesson("lessons[" + l + "]", outline.lessons().get(l), lessonIds);
            }
            return problems;
        }

        private void lesson(String path, Lesson lesson, Set<String> ids) {
            plain(path + ".id", lesson.id());
            if (!ids.add(lesson.id())) {
                problems.add(path + ".id: '" + lesson.id() + "' is used by another lesson");
            }
            learnerText(path + ".title", lesson.title());
            learnerText(path + ".summary", lesson.summary());
            if (lesson.blocks().isEmpty()) {
                problems.add(path + ".blocks: a lesson needs at least one block");
            }
            for (int b = 0; b < lesson.blocks().size(); b++) {
                String at = path + ".blocks[" + b + "]";
                Block block = lesson.blocks().get(b);
                if (block instanceof Block.Slides slides) {
                    slides(at, slides);
                } else if (block instanceof Block.Video video) {
                    video(at, video);
                } else if (block instanceof Block.RichText text) {
                    learnerText(at + ".html", text.html());
                } else if (block instanceof Block.Quiz quiz) {
                    quiz(at, quiz);
                }
            }
        }

        private void slides(String path, Block.Slides slides) {
            file(path + ".file", slides.file());
            if (slides.slides().isEmpty()) {
                problems.add(path + ".slides: at least one slide");
            }
            for (int s = 0; s < slides.slides().size(); s++) {
                Block.Slide slide = slides.slides().get(s);
                String at = path + ".slides[" + s + "]";
                learnerText(at + ".title", slide.title());
                if (slide.bullets().isEmpty()) {
                    problems.add(at + ".bullets: at least one bullet");
                }
                for (int i = 0; i < slide.bullets().size(); i++) {
                    learnerText(at + ".bullets[" + i + "]", slide.bullets().get(i));
                }
                if (slide.notes() == null || !slide.notes().has(outline.mainLanguage())) {
                    problems.add(at + ".notes: speaker notes in " + outline.mainLanguage() + " are missing");
                }
            }
        }

        private void video(String path, Block.Video video) {
            file(path + ".file", video.file());
            learnerText(path + ".title", video.title());
            if (video.voice() == null || !PLAIN_NAME.matcher(video.voice()).matches()) {
                problems.add(path + ".voice: an espeak-ng voice such as vi or vi-vn-x-south");
            }
            if (video.segments().isEmpty()) {
                problems.add(path + ".segments: at least one segment");
            }
            for (int s = 0; s < video.segments().size(); s++) {
                Block.Segment segment = video.segments().get(s);
                String at = path + ".segments[" + s + "]";
                if (segment.scene() == null || blank(segment.scene().heading())) {
                    problems.add(at + ".scene.heading: missing");
                }
                learnerText(at + ".narration", segment.narration());
            }
        }

        private void quiz(String path, Block.Quiz quiz) {
            learnerText(path + ".title", quiz.title());
            if (quiz.masteryScore() <= 0 || quiz.masteryScore() > 1) {
                problems.add(path + ".masteryScore: between 0 (excluded) and 1");
            }
            if (quiz.questions().isEmpty()) {
                problems.add(path + ".questions: at least one question");
            }
            for (int q = 0; q < quiz.questions().size(); q++) {
                Block.Question question = quiz.questions().get(q);
                String at = path + ".questions[" + q + "]";
                learnerText(at + ".prompt", question.prompt());
                if (question.points() < 1) {
                    problems.add(at + ".points: at least 1");
                }
                long correct = question.choices().stream().filter(Block.Choice::correct).count();
                switch (String.valueOf(question.type())) {
                    case "single" -> {
                        if (correct != 1) {
                            problems.add(at + ".choices: a single-choice question needs exactly one correct choice, has " + correct);
                        }
                    }
                    case "true_false" -> {
                        if (question.choices().size() != 2 || correct != 1) {
                            problems.add(at + ".choices: a true/false question has two choices (true, false), one correct");
                        }
                    }
                    case "multiple" -> {
                        if (correct < 1) {
                            problems.add(at + ".choices: a multiple-choice question needs at least one correct choice");
                        }
                    }
                    default -> problems.add(at + ".type: single, multiple or true_false, not " + question.type());
                }
                if (question.choices().size() < 2) {
                    problems.add(at + ".choices: at least two choices");
                }
                for (int c = 0; c < question.choices().size(); c++) {
                    Block.Choice choice = question.choices().get(c);
                    learnerText(at + ".choices[" + c + "].text", choice.text());
                    learnerText(at + ".choices[" + c + "].feedback", choice.feedback());
                }
            }
        }

        private void learnerText(String path, Text text) {
            if (text == null) {
                problems.add(path + ": missing");
                return;
            }
            for (String language : outline.languages()) {
                if (!text.has(language) || blank(text.in(language))) {
                    problems.add(path + "." + language + ": missing");
                }
            }
        }

        private void file(String path, String name) {
            plain(path, name);
            if (name != null && !files.add(name)) {
                problems.add(path + ": '" + name + "' is used by another block");
            }
        }

        private void plain(String path, String name) {
            if (name == null || !PLAIN_NAME.matcher(name).matches()) {
                problems.add(path + ": lower-case letters, digits and '-' only, not " + name);
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
