package vn.hoctap.authoring.block;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import vn.hoctap.authoring.quiz.Question;
import vn.hoctap.authoring.quiz.QuizRules;
import vn.hoctap.authoring.text.HtmlSanitizer;
import vn.hoctap.authoring.text.Language;
import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.media.detect.MediaKind;

/**
 * What one block of a lesson shows. In JSON the member {@code type} says which kind it is: {@code slides},
 * {@code video}, {@code richText}, {@code image} or {@code quiz}. Every block may have a title. A block is
 * first checked ({@link #violations}) and then {@linkplain #normalized() normalised} (rich text sanitised, quiz
 * ids given) before it is stored.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BlockContent.Slides.class, name = "slides"),
        @JsonSubTypes.Type(value = BlockContent.Video.class, name = "video"),
        @JsonSubTypes.Type(value = BlockContent.RichText.class, name = "richText"),
        @JsonSubTypes.Type(value = BlockContent.Image.class, name = "image"),
        @JsonSubTypes.Type(value = BlockContent.Quiz.class, name = "quiz")})
public sealed interface BlockContent {

    /** The kinds of media asset a slide deck block accepts. */
    Set<MediaKind> SLIDE_KINDS = EnumSet.of(MediaKind.SLIDES_PPTX, MediaKind.SLIDES_PPT, MediaKind.SLIDES_ODP,
            MediaKind.PDF);

    LocalizedText title();

    /** The block's type name as in JSON. */
    @JsonIgnore
    String type();

    /** The media assets the block uses, each with where it is named and which kinds it may be. */
    @JsonIgnore
    default List<AssetReference> assetReferences() {
        return List.of();
    }

    /** Every rule the block breaks; paths are relative to the block ({@code questions[0].choices}). */
    List<Violation> violations();

    /** The block as stored: sanitised, with ids given. Call only when {@link #violations()} is empty. */
    BlockContent normalized();

    /** A media asset named by a block. */
    record AssetReference(String path, UUID assetId, Set<MediaKind> kinds, String what) {
    }

    /**
     * A slide deck: the slides of a media asset (a pptx, ppt, odp or PDF the pipeline rendered), each with its
     * images, its text and its speaker notes.
     *
     * @param language the language the deck is written in (default {@code vi})
     */
    record Slides(LocalizedText title, UUID assetId, String language) implements BlockContent {
        public Slides {
            title = LocalizedText.orEmpty(title);
        }

        @Override
        public String type() {
            return "slides";
        }

        @Override
        public List<AssetReference> assetReferences() {
            return assetId == null ? List.of() : List.of(new AssetReference("assetId", assetId, SLIDE_KINDS, "a slide deck or PDF"));
        }

        @Override
        public List<Violation> violations() {
            List<Violation> found = new ArrayList<>(LocalizedText.violations(title, "title", false, 500));
            if (assetId == null) {
                found.add(new Violation("assetId", "is required: the id of an uploaded slide deck"));
            }
            if (language != null && !Language.isSupported(language)) {
                found.add(new Violation("language", "must be one of " + Language.CODES));
            }
            return found;
        }

        @Override
        public BlockContent normalized() {
            return new Slides(title, assetId, language == null ? "vi" : language);
        }
    }

    /**
     * A video (or audio) asset with captions, at most one caption file per language.
     *
     * @param captions caption assets (WebVTT or SRT uploads) by language
     */
    record Video(LocalizedText title, UUID assetId, List<Caption> captions) implements BlockContent {
        public Video {
            title = LocalizedText.orEmpty(title);
            captions = captions == null ? List.of() : List.copyOf(captions);
        }

        @Override
        public String type() {
            return "video";
        }

        @Override
        public List<AssetReference> assetReferences() {
            List<AssetReference> refs = new ArrayList<>();
            if (assetId != null) {
                refs.add(new AssetReference("assetId", assetId, EnumSet.of(MediaKind.VIDEO, MediaKind.AUDIO), "a video"));
            }
            for (int i = 0; i < captions.size(); i++) {
                if (captions.get(i) != null && captions.get(i).assetId() != null) {
                    refs.add(new AssetReference("captions[" + i + "].assetId", captions.get(i).assetId(),
                            EnumSet.of(MediaKind.CAPTIONS), "captions (WebVTT or SRT)"));
                }
            }
            return refs;
        }

        @Override
        public List<Violation> violations() {
            List<Violation> found = new ArrayList<>(LocalizedText.violations(title, "title", false, 500));
            if (assetId == null) {
                found.add(new Violation("assetId", "is required: the id of an uploaded video"));
            }
            List<String> languages = new ArrayList<>();
            for (int i = 0; i < captions.size(); i++) {
                Caption caption = captions.get(i);
                String at = "captions[" + i + "]";
                if (caption == null) {
                    found.add(new Violation(at, "must be {\"language\": ..., \"assetId\": ...}"));
                    continue;
                }
                if (caption.language() == null || !Language.isSupported(caption.language())) {
                    found.add(new Violation(at + ".language", "must be one of " + Language.CODES));
                } else if (languages.contains(caption.language())) {
                    found.add(new Violation(at + ".language", "captions in " + caption.language() + " are given twice"));
                } else {
                    languages.add(caption.language());
                }
                if (caption.assetId() == null) {
                    found.add(new Violation(at + ".assetId", "is required: the id of an uploaded caption file"));
                }
            }
            return found;
        }

        @Override
        public BlockContent normalized() {
            return this;
        }
    }

    /** Captions of a video in one language. */
    record Caption(String language, UUID assetId) {
    }

    /** Rich text: a small, safe subset of HTML per language (see {@code HtmlSanitizer}). */
    record RichText(LocalizedText title, LocalizedText html) implements BlockContent {
        public RichText {
            title = LocalizedText.orEmpty(title);
            html = LocalizedText.orEmpty(html);
        }

        @Override
        public String type() {
            return "richText";
        }

        @Override
        public List<Violation> violations() {
            List<Violation> found = new ArrayList<>(LocalizedText.violations(title, "title", false, 500));
            found.addAll(LocalizedText.violations(html, "html", true, 200_000));
            return found;
        }

        @Override
        public BlockContent normalized() {
            return new RichText(title, html.map(HtmlSanitizer::sanitize));
        }
    }

    /** One picture (an image asset) with its alternative text and an optional caption. */
    record Image(LocalizedText title, UUID assetId, LocalizedText alt, LocalizedText caption) implements BlockContent {
        public Image {
            title = LocalizedText.orEmpty(title);
            alt = LocalizedText.orEmpty(alt);
            caption = LocalizedText.orEmpty(caption);
        }

        @Override
        public String type() {
            return "image";
        }

        @Override
        public List<AssetReference> assetReferences() {
            return assetId == null ? List.of() : List.of(new AssetReference("assetId", assetId, EnumSet.of(MediaKind.IMAGE), "an image"));
        }

        @Override
        public List<Violation> violations() {
            List<Violation> found = new ArrayList<>(LocalizedText.violations(title, "title", false, 500));
            if (assetId == null) {
                found.add(new Violation("assetId", "is required: the id of an uploaded image"));
            }
            found.addAll(LocalizedText.violations(alt, "alt", true, 1000));
            found.addAll(LocalizedText.violations(caption, "caption", false, 1000));
            return found;
        }

        @Override
        public BlockContent normalized() {
            return this;
        }
    }

    /**
     * A quiz: single choice, multiple choice and true/false questions with feedback per choice and points.
     *
     * @param masteryScore the score (0 to 1: points earned over all points) a learner needs to pass
     * @param shuffle      whether the player shows the choices in a random order
     */
    record Quiz(LocalizedText title, List<Question> questions, BigDecimal masteryScore, boolean shuffle)
            implements BlockContent {
        public Quiz {
            title = LocalizedText.orEmpty(title);
            questions = questions == null ? List.of() : new ArrayList<>(questions).stream().toList();
        }

        @Override
        public String type() {
            return "quiz";
        }

        @Override
        public List<Violation> violations() {
            List<Violation> found = new ArrayList<>(LocalizedText.violations(title, "title", false, 500));
            found.addAll(QuizRules.violations(questions, masteryScore, ""));
            return found;
        }

        @Override
        public BlockContent normalized() {
            return new Quiz(title, QuizRules.withIds(questions), masteryScore, shuffle);
        }

        /** The sum of the points of all questions. */
        public int totalPoints() {
            return questions.stream().mapToInt(Question::points).sum();
        }
    }
}
