package vn.hoctap.authoring.publishing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.authoring.quiz.Question;
import vn.hoctap.authoring.text.LocalizedText;

/**
 * One published, immutable version of a course: everything a package or the app needs, with every media file
 * pinned by object key and SHA-256. Its JSON form is the snapshot stored when the version was published, read
 * back unchanged (the stored snapshot's SHA-256 is kept beside it).
 *
 * @param courseId    the course, the same for every version
 * @param number      the version number: 1, 2, ...
 * @param publishedAt when (ISO-8601, UTC)
 * @param publishedBy who published it (username)
 * @param revision    the draft revision it froze (the one a reviewer approved)
 * @param languages   the course languages, the default first
 * @param coverImage  the cover image, or {@code null}
 * @param lessons     the lessons in order
 */
public record PublishedCourse(UUID courseId, int number, String publishedAt, String publishedBy, long revision,
        List<String> languages, LocalizedText title, LocalizedText description, List<LocalizedText> keywords,
        LocalizedText audience, List<String> tags, PinnedAsset coverImage, List<Lesson> lessons) {

    /** A lesson: stable id (the same in every version), texts, blocks in order. */
    public record Lesson(UUID id, LocalizedText title, LocalizedText description, List<Block> blocks) {
    }

    /** A block of a published lesson. In JSON, {@code type} names its kind as in drafts. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Slides.class, name = "slides"),
            @JsonSubTypes.Type(value = Video.class, name = "video"),
            @JsonSubTypes.Type(value = RichText.class, name = "richText"),
            @JsonSubTypes.Type(value = Image.class, name = "image"),
            @JsonSubTypes.Type(value = Quiz.class, name = "quiz")})
    public sealed interface Block {
        /** Stable id of the block, the same in every version. */
        UUID id();

        LocalizedText title();
    }

    /** A slide deck: the rendered slides of the pinned asset, each with text and notes. */
    public record Slides(UUID id, LocalizedText title, String language, PinnedAsset asset, List<Slide> slides)
            implements Block {
    }

    /** One slide: its text and speaker notes (in the deck's language) and its images at 1280 and 640 px. */
    public record Slide(int index, String text, String notes, File large, File small) {
    }

    /** A video with the renditions the pipeline made and its captions. */
    public record Video(UUID id, LocalizedText title, PinnedAsset asset, double durationSeconds,
            List<Rendition> renditions, List<Captions> captions) implements Block {
    }

    /** Captions of a video in one language. */
    public record Captions(String language, PinnedAsset asset) {
    }

    /** Sanitised HTML per language. */
    public record RichText(UUID id, LocalizedText title, LocalizedText html) implements Block {
    }

    /** A picture with alternative text and caption. */
    public record Image(UUID id, LocalizedText title, PinnedAsset asset, LocalizedText alt, LocalizedText caption)
            implements Block {
    }

    /** A quiz, questions and choices with their ids, points and feedback. */
    public record Quiz(UUID id, LocalizedText title, List<Question> questions, BigDecimal masteryScore,
            boolean shuffle) implements Block {
    }

    /**
     * A media asset as it was when the version was published: id, kind, the SHA-256 of the original and, for
     * kinds without a structured form here (images, captions), the pipeline's manifest.
     */
    public record PinnedAsset(UUID assetId, String kind, String mimeType, String sha256, long sizeBytes,
            String originalKey, JsonNode manifest) {
    }

    /** A stored file: object key, size, SHA-256 and media type (and pixel size for images). */
    public record File(String key, Integer width, Integer height, long bytes, String sha256, String mediaType) {
    }

    /** One rendition of a video: HLS playlists and segments, MP4, audio, poster, storyboard... */
    public record Rendition(String kind, String path, String key, String rendition, Integer width, Integer height,
            Long bitRate, Double durationSeconds, long bytes, String sha256, String mediaType) {
    }
}
