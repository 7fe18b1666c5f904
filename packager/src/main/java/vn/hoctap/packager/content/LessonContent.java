package vn.hoctap.packager.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson of a course: an ordered list of blocks the learner goes through. In a cmi5 package the lesson is an
 * AU, in SCORM a SCO.
 *
 * <p>How it is tracked: the lesson is <em>completed</em> when the learner has reached its last block and answered
 * every quiz; when it has quizzes it is <em>passed</em> or <em>failed</em> by its scaled score (points earned over
 * points available, over all its quizzes) against {@link #masteryScore()}. Its cmi5 moveOn is therefore
 * {@code CompletedAndPassed} with quizzes and {@code Completed} without.
 *
 * @param id          stable id within the course, the same in every version ({@code [A-Za-z0-9][A-Za-z0-9_-]*}, at
 *                    most 64 characters)
 * @param title       the lesson title
 * @param description may be empty
 * @param blocks      the content in order
 */
public record LessonContent(String id, LocalizedText title, LocalizedText description, List<Block> blocks) {

    public LessonContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? LocalizedText.empty() : description;
        blocks = List.copyOf(blocks);
    }

    /** The quizzes of the lesson in order. */
    public List<Block.QuizBlock> quizzes() {
        return blocks.stream().filter(Block.QuizBlock.class::isInstance).map(Block.QuizBlock.class::cast).toList();
    }

    /** The mastery score of the lesson: the highest of its quizzes', empty when it has no quiz. */
    public Optional<BigDecimal> masteryScore() {
        return quizzes().stream().map(Block.QuizBlock::masteryScore).max(BigDecimal::compareTo);
    }

    /** The cmi5 moveOn of the lesson's AU. */
    public String moveOn() {
        return quizzes().isEmpty() ? "Completed" : "CompletedAndPassed";
    }
}
