package vn.hoctap.packager.distribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.authoring.publishing.PublishedCourse;
import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.LessonContent;
import vn.hoctap.packager.content.LocalizedText;

/**
 * Maps a version published by authoring ({@link PublishedCourse}, its immutable snapshot) to the packager's input
 * model ({@link CourseContent}). Every file is the object key pinned in the snapshot, so the packages of a
 * version never change whatever happens to the drafts or assets later.
 *
 * <ul>
 *   <li>course IRI: {@code <base>/<course id>}; lesson, block, question and choice ids are the snapshot's stable
 *       ids (UUIDs and authoring's choice ids), the same in every version;</li>
 *   <li>slides: the slide renderer's 1280 px ({@code large}) and 640 px ({@code small}) images, its text and
 *       notes in the deck's language; no narration (authoring has no narrated slides yet);</li>
 *   <li>video: {@code MP4} → the 360p MP4, {@code MP4_LOW} → the lowest-rung MP4 (416×234 at 15 fps, 120 kb/s
 *       H.264 with 40 kb/s mono AAC: what the low-bandwidth packages carry), {@code AUDIO} → audio only,
 *       {@code POSTER}, {@code HLS_MASTER}. An asset transcoded before the pipeline wrote {@code MP4_LOW} has none:
 *       {@code lowestRungMp4} stays {@code null} and its low-bandwidth packages carry the audio-only
 *       rendition;</li>
 *   <li>captions and images: the media pipeline does not process them yet, so their original upload is used
 *       (an image's {@code small}/{@code large} from its manifest when one exists);</li>
 *   <li>text: languages outside vi/km/en are dropped.</li>
 * </ul>
 *
 * <p>Stateless; pure function of the snapshot.
 */
public final class PublishedCourseMapping {

    /** The default base of course IRIs. */
    public static final String DEFAULT_IRI_BASE = "https://hoctap.vn/courses/";

    private final String iriBase;

    public PublishedCourseMapping(String iriBase) {
        String base = Objects.requireNonNull(iriBase, "iriBase");
        this.iriBase = base.endsWith("/") ? base : base + "/";
    }

    /** The IRI of a course, the same in every version. */
    public String courseIri(java.util.UUID courseId) {
        return iriBase + courseId;
    }

    public CourseContent toContent(PublishedCourse course) {
        List<String> languages = course.languages() == null ? List.of()
                : course.languages().stream().filter(LocalizedText.LANGUAGES::contains).toList();
        String defaultLanguage = languages.isEmpty() ? "vi" : languages.get(0);
        List<LessonContent> lessons = new ArrayList<>();
        for (PublishedCourse.Lesson lesson : course.lessons()) {
            List<Block> blocks = new ArrayList<>();
            for (PublishedCourse.Block block : lesson.blocks()) {
                blocks.add(block(block, defaultLanguage));
            }
            lessons.add(new LessonContent(lesson.id().toString(), text(lesson.title()), text(lesson.description()),
                    blocks));
        }
        return new CourseContent(courseIri(course.courseId()), course.number(), text(course.title()),
                text(course.description()), languages.isEmpty() ? List.of("vi") : languages, lessons);
    }

    private static Block block(PublishedCourse.Block block, String defaultLanguage) {
        String id = block.id().toString();
        LocalizedText title = text(block.title());
        if (block instanceof PublishedCourse.Slides slides) {
            String deckLanguage = slides.language() != null && LocalizedText.LANGUAGES.contains(slides.language())
                    ? slides.language() : null;
            String language = deckLanguage != null ? deckLanguage : defaultLanguage;
            List<Block.Slide> list = new ArrayList<>();
            for (PublishedCourse.Slide slide : slides.slides()) {
                String large = slide.large() != null ? slide.large().key() : slide.small().key();
                String small = slide.small() != null ? slide.small().key() : large;
                list.add(new Block.Slide(large, small, one(language, slide.text()), one(language, slide.notes()), null));
            }
            return new Block.SlidesBlock(id, title, deckLanguage, list);
        }
        if (block instanceof PublishedCourse.Video video) {
            List<Block.Captions> captions = new ArrayList<>();
            for (PublishedCourse.Captions c : video.captions()) {
                boolean languageTaken = captions.stream().anyMatch(taken -> taken.language().equals(c.language()));
                if (LocalizedText.LANGUAGES.contains(c.language()) && c.key() != null && !languageTaken) {
                    captions.add(new Block.Captions(c.language(), c.key()));
                }
            }
            String mp4 = rendition(video, "MP4").orElseThrow(() -> new UnpackageableVersionException(
                    "video block " + id + " has no MP4 rendition"));
            return new Block.VideoBlock(id, title, video.durationSeconds(), rendition(video, "HLS_MASTER").orElse(null),
                    mp4, rendition(video, "MP4_LOW").orElse(null), rendition(video, "AUDIO").orElse(null),
                    rendition(video, "POSTER").orElse(null), captions);
        }
        if (block instanceof PublishedCourse.RichText rich) {
            return new Block.TextBlock(id, title, text(rich.html()));
        }
        if (block instanceof PublishedCourse.Image image) {
            String large = manifestKey(image.asset(), "large").orElse(image.asset().originalKey());
            String small = manifestKey(image.asset(), "small").orElse(large);
            return new Block.ImageBlock(id, title, large, small, text(image.alt()), text(image.caption()));
        }
        PublishedCourse.Quiz quiz = (PublishedCourse.Quiz) block;
        List<Block.Question> questions = new ArrayList<>();
        for (vn.hoctap.authoring.quiz.Question q : quiz.questions()) {
            questions.add(question(q));
        }
        BigDecimal mastery = quiz.masteryScore() == null ? new BigDecimal("0.8") : quiz.masteryScore();
        return new Block.QuizBlock(id, title, questions, mastery, quiz.shuffle());
    }

    private static Block.Question question(vn.hoctap.authoring.quiz.Question q) {
        Block.QuestionKind kind = switch (q.kind()) {
            case SINGLE_CHOICE -> Block.QuestionKind.SINGLE;
            case MULTIPLE_CHOICE -> Block.QuestionKind.MULTIPLE;
            case TRUE_FALSE -> Block.QuestionKind.TRUE_FALSE;
        };
        List<Block.Choice> choices = new ArrayList<>();
        boolean trueFalseIds = kind == Block.QuestionKind.TRUE_FALSE && q.choices().stream()
                .map(vn.hoctap.authoring.quiz.Choice::id).toList().containsAll(List.of("true", "false"));
        for (int i = 0; i < q.choices().size(); i++) {
            vn.hoctap.authoring.quiz.Choice c = q.choices().get(i);
            // the packager's TRUE_FALSE wants the choice ids true/false (cmi.interaction true-false): the first
            // choice of a true/false question says "true", the second "false", as authoring presents them
            String choiceId = kind == Block.QuestionKind.TRUE_FALSE && !trueFalseIds ? (i == 0 ? "true" : "false")
                    : c.id();
            choices.add(new Block.Choice(choiceId, text(c.text()), c.correct(), text(c.feedback())));
        }
        return new Block.Question(q.id(), kind, text(q.prompt()), choices, q.points(), text(q.correctFeedback()),
                text(q.incorrectFeedback()));
    }

    private static Optional<String> rendition(PublishedCourse.Video video, String kind) {
        return video.renditions().stream().filter(r -> kind.equals(r.kind()) && r.key() != null)
                .map(PublishedCourse.Rendition::key).findFirst();
    }

    private static Optional<String> manifestKey(PublishedCourse.PinnedAsset asset, String field) {
        JsonNode manifest = asset.manifest();
        if (manifest == null) {
            return Optional.empty();
        }
        JsonNode node = manifest.path(field);
        if (node.isTextual()) {
            return Optional.of(node.asText());
        }
        return node.hasNonNull("key") ? Optional.of(node.get("key").asText()) : Optional.empty();
    }

    static LocalizedText text(vn.hoctap.authoring.text.LocalizedText text) {
        if (text == null) {
            return LocalizedText.empty();
        }
        java.util.TreeMap<String, String> values = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : text.values().entrySet()) {
            if (LocalizedText.LANGUAGES.contains(e.getKey())) {
                values.put(e.getKey(), e.getValue());
            }
        }
        return new LocalizedText(values);
    }

    private static LocalizedText one(String language, String text) {
        return text == null || text.isBlank() ? LocalizedText.empty() : LocalizedText.of(language, text);
    }
}
