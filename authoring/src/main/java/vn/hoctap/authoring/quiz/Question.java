package vn.hoctap.authoring.quiz;

import java.util.List;

import vn.hoctap.authoring.text.LocalizedText;

/**
 * A quiz question, answered correctly when exactly its correct choices are chosen.
 *
 * @param id                stable within its quiz; given when absent
 * @param kind              single choice, multiple choice or true/false
 * @param prompt            the question
 * @param points            earned when answered correctly, 1 to 100 (1 when absent)
 * @param choices           2 to 10 choices (exactly 2 for true/false)
 * @param correctFeedback   shown after a correct answer (may be empty)
 * @param incorrectFeedback shown after a wrong answer (may be empty)
 */
public record Question(String id, QuestionKind kind, LocalizedText prompt, Integer points, List<Choice> choices,
        LocalizedText correctFeedback, LocalizedText incorrectFeedback) {

    public Question {
        prompt = LocalizedText.orEmpty(prompt);
        points = points == null ? 1 : points;
        choices = choices == null ? List.of() : List.copyOf(choices);
        correctFeedback = LocalizedText.orEmpty(correctFeedback);
        incorrectFeedback = LocalizedText.orEmpty(incorrectFeedback);
    }

    Question withIdAndChoices(String newId, List<Choice> newChoices) {
        return new Question(newId, kind, prompt, points, newChoices, correctFeedback, incorrectFeedback);
    }
}
