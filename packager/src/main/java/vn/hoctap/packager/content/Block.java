package vn.hoctap.packager.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One piece of a lesson. Every block has an {@link #id()} that is stable across versions and unique within its
 * lesson ({@code [A-Za-z0-9][A-Za-z0-9_-]*}, at most 64 characters): video and quiz activity ids are derived
 * from it. Nullable components are marked; every other one is required.
 */
public sealed interface Block {

    String id();

    LocalizedText title();

    /** A deck of slides shown one at a time, each with an optional narration. */
    record SlidesBlock(String id, LocalizedText title, List<Slide> slides) implements Block {
        public SlidesBlock {
            Objects.requireNonNull(id, "id");
            title = title == null ? LocalizedText.empty() : title;
            slides = List.copyOf(slides);
        }
    }

    /**
     * One slide.
     *
     * @param largeImage key of the full-size image (used by the full packages)
     * @param smallImage key of the small image (used by the low-bandwidth packages and as the thumbnail)
     * @param text       the slide's text, read by screen readers as the image's description (may be empty)
     * @param notes      the speaker notes shown under the slide (may be empty)
     * @param narration  narration audio, or {@code null}
     */
    record Slide(String largeImage, String smallImage, LocalizedText text, LocalizedText notes, Audio narration) {
        public Slide {
            Objects.requireNonNull(largeImage, "largeImage");
            Objects.requireNonNull(smallImage, "smallImage");
            text = text == null ? LocalizedText.empty() : text;
            notes = notes == null ? LocalizedText.empty() : notes;
        }
    }

    /** An audio file (AAC in MP4, {@code .m4a}) and its length. */
    record Audio(String key, double durationSeconds) {
        public Audio {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * A video as the media pipeline produced it.
     *
     * @param durationSeconds the video's length
     * @param hlsMaster       key of the HLS master playlist, used when the player streams from the server (never
     *                        put into packages); may be {@code null}
     * @param mp4             key of the 360p MP4 (the full packages)
     * @param lowestRungMp4   key of an MP4 at the lowest rung of the ladder (the low-bandwidth packages), or
     *                        {@code null}
     * @param audioOnly       key of the audio-only AAC rendition ({@code .m4a}), used by the low-bandwidth packages
     *                        when there is no lowest-rung MP4, or {@code null}
     * @param poster          key of the poster image, or {@code null}
     * @param captions        WebVTT captions, at most one per language
     */
    record VideoBlock(String id, LocalizedText title, double durationSeconds, String hlsMaster, String mp4,
                      String lowestRungMp4, String audioOnly, String poster, List<Captions> captions)
            implements Block {
        public VideoBlock {
            Objects.requireNonNull(id, "id");
            title = title == null ? LocalizedText.empty() : title;
            Objects.requireNonNull(mp4, "mp4");
            captions = captions == null ? List.of() : List.copyOf(captions);
        }
    }

    /** WebVTT captions of a video in one language. */
    record Captions(String language, String key) {
        public Captions {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(key, "key");
        }
    }

    /** Rich text: HTML already sanitised by authoring (no script, no event handler, no external reference). */
    record TextBlock(String id, LocalizedText title, LocalizedText html) implements Block {
        public TextBlock {
            Objects.requireNonNull(id, "id");
            title = title == null ? LocalizedText.empty() : title;
            Objects.requireNonNull(html, "html");
        }
    }

    /** One picture with its alternative text and an optional caption. */
    record ImageBlock(String id, LocalizedText title, String largeImage, String smallImage, LocalizedText alt,
                      LocalizedText caption) implements Block {
        public ImageBlock {
            Objects.requireNonNull(id, "id");
            title = title == null ? LocalizedText.empty() : title;
            Objects.requireNonNull(largeImage, "largeImage");
            Objects.requireNonNull(smallImage, "smallImage");
            Objects.requireNonNull(alt, "alt");
            caption = caption == null ? LocalizedText.empty() : caption;
        }
    }

    /**
     * A quiz: its score is the points of the correctly answered questions over all its points.
     *
     * @param masteryScore scaled score (0..1, at most 4 decimals) needed to pass
     * @param shuffle      whether the player shows the choices in a random order
     */
    record QuizBlock(String id, LocalizedText title, List<Question> questions, BigDecimal masteryScore,
                     boolean shuffle) implements Block {
        public QuizBlock {
            Objects.requireNonNull(id, "id");
            title = title == null ? LocalizedText.empty() : title;
            questions = List.copyOf(questions);
            Objects.requireNonNull(masteryScore, "masteryScore");
        }

        public int totalPoints() {
            return questions.stream().mapToInt(Question::points).sum();
        }
    }

    /** The kinds of question. */
    enum QuestionKind {
        /** Exactly one correct choice (cmi.interaction type {@code choice}). */
        SINGLE,
        /** One or more correct choices, all of which must be chosen (type {@code choice}). */
        MULTIPLE,
        /** Two choices with ids {@code true} and {@code false} (type {@code true-false}). */
        TRUE_FALSE
    }

    /**
     * A question; answered correctly when exactly the correct choices are chosen.
     *
     * @param id     stable id within its quiz (same rule as block ids)
     * @param points points earned when correct, 1 or more
     */
    record Question(String id, QuestionKind kind, LocalizedText prompt, List<Choice> choices, int points,
                    LocalizedText correctFeedback, LocalizedText incorrectFeedback) {
        public Question {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(prompt, "prompt");
            choices = List.copyOf(choices);
            correctFeedback = correctFeedback == null ? LocalizedText.empty() : correctFeedback;
            incorrectFeedback = incorrectFeedback == null ? LocalizedText.empty() : incorrectFeedback;
        }
    }

    /** A choice of a question, with the feedback shown when it is chosen (may be empty). */
    record Choice(String id, LocalizedText text, boolean correct, LocalizedText feedback) {
        public Choice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            feedback = feedback == null ? LocalizedText.empty() : feedback;
        }
    }
}
