package vn.hoctap.samples.outline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Objects;

/** A block of a lesson, told apart in JSON by its {@code type}: slides, video, richText or quiz. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Slides.class, name = "slides"),
        @JsonSubTypes.Type(value = Block.Video.class, name = "video"),
        @JsonSubTypes.Type(value = Block.RichText.class, name = "richText"),
        @JsonSubTypes.Type(value = Block.Quiz.class, name = "quiz")})
public sealed interface Block {

    /**
     * A slide deck: one generated {@code <file>.<language>.pptx} per language, a title slide first.
     *
     * @param file   base name of the generated decks
     * @param slides the content slides, in order
     */
    record Slides(String file, List<Slide> slides) implements Block {
        public Slides {
            Objects.requireNonNull(file, "file");
            slides = Nulls.list(slides);
        }

        /** The deck generated for {@code language}. */
        public String deckFile(String language) {
            return file + "." + language + ".pptx";
        }
    }

    /**
     * One slide: a title, bullet points and speaker notes (notes at least in the course's own language).
     */
    record Slide(Text title, List<Text> bullets, Text notes) {
        public Slide {
            bullets = Nulls.list(bullets);
        }
    }

    /**
     * A narrated video: one scene per segment, shown while its narration is spoken; the narration in the course's
     * language is spoken (espeak-ng {@code voice}) and becomes the captions, its other variants the translated
     * captions.
     *
     * @param file     base name: {@code <file>.mp4} and {@code <file>.<language>.vtt}
     * @param title    video title
     * @param voice    the espeak-ng voice
     * @param segments the segments, in order
     */
    record Video(String file, Text title, String voice, List<Segment> segments) implements Block {
        public Video {
            Objects.requireNonNull(file, "file");
            segments = Nulls.list(segments);
        }

        public String videoFile() {
            return file + ".mp4";
        }

        public String captionsFile(String language) {
            return file + "." + language + ".vtt";
        }
    }

    /** One segment of a video: what is shown (in the course's language) and what is said. */
    record Segment(Scene scene, Text narration) {
    }

    /** The picture of a segment: a large heading and one line under it. */
    record Scene(String heading, String line) {
    }

    /** Rich text: a small HTML subset per language. */
    record RichText(Text html) implements Block {
    }

    /**
     * A quiz.
     *
     * @param masteryScore scaled score (0..1) needed to pass
     * @param shuffle      whether choices are shown in random order
     */
    record Quiz(Text title, double masteryScore, boolean shuffle, List<Question> questions) implements Block {
        public Quiz {
            questions = Nulls.list(questions);
        }
    }

    /**
     * A question: {@code single} (one correct choice), {@code multiple} (one or more) or {@code true_false} (two
     * choices, "true" first).
     */
    record Question(String type, int points, Text prompt, List<Choice> choices) {
        public Question {
            choices = Nulls.list(choices);
        }
    }

    /** A choice with the feedback shown when it is picked. */
    record Choice(Text text, boolean correct, Text feedback) {
    }
}
