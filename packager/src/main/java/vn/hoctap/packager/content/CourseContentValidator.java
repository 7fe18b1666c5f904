package vn.hoctap.packager.content;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.hoctap.core.storage.ObjectKeys;

/**
 * Checks the rules of the content model that the records cannot express alone, and reports the first broken one
 * with its path. The packager runs it before writing anything.
 */
public final class CourseContentValidator {

    /** Lesson, block, question and choice ids. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern UNSAFE_HTML = Pattern.compile(
            "<\\s*(script|iframe|object|embed|link|style|base|form)\\b|\\son[a-z]+\\s*=|javascript:|(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//",
            Pattern.CASE_INSENSITIVE);

    private CourseContentValidator() {
    }

    /** @throws InvalidCourseContentException naming the first problem found */
    public static void validate(CourseContent course) {
        requireIri(course.courseIri(), "courseIri");
        require(course.version() >= 1, "version", "must be 1 or more, is " + course.version());
        require(!course.languages().isEmpty(), "languages", "name at least one language");
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < course.languages().size(); i++) {
            String language = course.languages().get(i);
            require(LocalizedText.LANGUAGES.contains(language) && languages.add(language), "languages[" + i + "]",
                    "must be one of vi, km, en, each once; is " + language);
        }
        requireText(course.title(), "title");
        require(!course.lessons().isEmpty(), "lessons", "a course needs at least one lesson");
        Set<String> lessonIds = new HashSet<>();
        for (int i = 0; i < course.lessons().size(); i++) {
            LessonContent lesson = course.lessons().get(i);
            String path = "lessons[" + i + "]";
            requireId(lesson.id(), path + ".id");
            require(lessonIds.add(lesson.id().toLowerCase(Locale.ROOT)), path + ".id", "lesson id "
                    + lesson.id() + " is used twice (ids are compared without case)");
            requireText(lesson.title(), path + ".title");
            require(!lesson.blocks().isEmpty(), path + ".blocks", "a lesson needs at least one block");
            validateBlocks(lesson.blocks(), path);
        }
    }

    private static void validateBlocks(List<Block> blocks, String lessonPath) {
        Set<String> ids = new HashSet<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String path = lessonPath + ".blocks[" + b + "]";
            requireId(block.id(), path + ".id");
            require(ids.add(block.id().toLowerCase(Locale.ROOT)), path + ".id",
                    "block id " + block.id() + " is used twice in the lesson");
            if (block instanceof Block.SlidesBlock slides) {
                require(!slides.slides().isEmpty(), path + ".slides", "a slides block needs at least one slide");
                for (int s = 0; s < slides.slides().size(); s++) {
                    Block.Slide slide = slides.slides().get(s);
                    String slidePath = path + ".slides[" + s + "]";
                    requireKey(slide.largeImage(), slidePath + ".largeImage");
                    requireKey(slide.smallImage(), slidePath + ".smallImage");
                    if (slide.narration() != null) {
                        requireKey(slide.narration().key(), slidePath + ".narration.key");
                        require(slide.narration().durationSeconds() > 0, slidePath + ".narration.durationSeconds",
                                "must be more than 0");
                    }
                }
            } else if (block instanceof Block.VideoBlock video) {
                require(video.durationSeconds() > 0, path + ".durationSeconds", "must be more than 0");
                requireKey(video.mp4(), path + ".mp4");
                optionalKey(video.hlsMaster(), path + ".hlsMaster");
                optionalKey(video.lowestRungMp4(), path + ".lowestRungMp4");
                optionalKey(video.audioOnly(), path + ".audioOnly");
                optionalKey(video.poster(), path + ".poster");
                Set<String> captionLanguages = new HashSet<>();
                for (int c = 0; c < video.captions().size(); c++) {
                    Block.Captions captions = video.captions().get(c);
                    require(LocalizedText.LANGUAGES.contains(captions.language())
                                    && captionLanguages.add(captions.language()),
                            path + ".captions[" + c + "].language", "one of vi, km, en, once per video");
                    requireKey(captions.key(), path + ".captions[" + c + "].key");
                }
            } else if (block instanceof Block.TextBlock text) {
                requireText(text.html(), path + ".html");
                text.html().values().forEach((language, html) -> require(!UNSAFE_HTML.matcher(html).find(),
                        path + ".html." + language, "holds a script, an event handler, a form, a style sheet or an"
                                + " external reference; give sanitised HTML"));
            } else if (block instanceof Block.ImageBlock image) {
                requireKey(image.largeImage(), path + ".largeImage");
                requireKey(image.smallImage(), path + ".smallImage");
                requireText(image.alt(), path + ".alt");
            } else if (block instanceof Block.QuizBlock quiz) {
                validateQuiz(quiz, path);
            }
        }
    }

    private static void validateQuiz(Block.QuizBlock quiz, String path) {
        BigDecimal mastery = quiz.masteryScore();
        require(mastery.signum() >= 0 && mastery.compareTo(BigDecimal.ONE) <= 0
                        && mastery.stripTrailingZeros().scale() <= 4, path + ".masteryScore",
                "must be a decimal from 0 to 1 with at most 4 decimals, is " + mastery.toPlainString());
        require(!quiz.questions().isEmpty(), path + ".questions", "a quiz needs at least one question");
        Set<String> questionIds = new HashSet<>();
        for (int q = 0; q < quiz.questions().size(); q++) {
            Block.Question question = quiz.questions().get(q);
            String questionPath = path + ".questions[" + q + "]";
            requireId(question.id(), questionPath + ".id");
            require(questionIds.add(question.id()), questionPath + ".id", "question id used twice in the quiz");
            requireText(question.prompt(), questionPath + ".prompt");
            require(question.points() >= 1, questionPath + ".points", "must be 1 or more");
            require(question.choices().size() >= 2, questionPath + ".choices", "a question needs two or more choices");
            Set<String> choiceIds = new HashSet<>();
            long correct = 0;
            for (int c = 0; c < question.choices().size(); c++) {
                Block.Choice choice = question.choices().get(c);
                requireId(choice.id(), questionPath + ".choices[" + c + "].id");
                require(choiceIds.add(choice.id()), questionPath + ".choices[" + c + "].id", "choice id used twice");
                requireText(choice.text(), questionPath + ".choices[" + c + "].text");
                correct += choice.correct() ? 1 : 0;
            }
            switch (question.kind()) {
                case SINGLE -> require(correct == 1, questionPath + ".choices", "exactly one choice must be correct");
                case MULTIPLE -> require(correct >= 1, questionPath + ".choices", "at least one choice must be correct");
                case TRUE_FALSE -> require(correct == 1 && choiceIds.equals(Set.of("true", "false")),
                        questionPath + ".choices", "a true/false question has the choices true and false, one correct");
            }
        }
    }

    private static void requireIri(String iri, String path) {
        try {
            URI uri = new URI(iri);
            require(uri.isAbsolute() && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && !iri.endsWith("/"), path, "must be an absolute IRI without query, fragment or trailing /");
        } catch (URISyntaxException e) {
            throw new InvalidCourseContentException(path, "is not an IRI: " + e.getMessage());
        }
    }

    private static void requireId(String id, String path) {
        require(ID.matcher(id).matches(), path, "must match " + ID.pattern() + ", is " + id);
    }

    private static void requireText(LocalizedText text, String path) {
        require(!text.isEmpty() && text.values().values().stream().noneMatch(String::isBlank), path,
                "give a non-blank text in at least one language");
        text.values().keySet().forEach(language -> require(LocalizedText.LANGUAGES.contains(language),
                path + "." + language, "language must be one of vi, km, en"));
    }

    private static void requireKey(String key, String path) {
        require(ObjectKeys.isValid(key), path, "is not a valid file key: " + key);
    }

    private static void optionalKey(String key, String path) {
        if (key != null) {
            requireKey(key, path);
        }
    }

    private static void require(boolean condition, String path, String message) {
        if (!condition) {
            throw new InvalidCourseContentException(path, message);
        }
    }
}
