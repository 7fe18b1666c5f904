package vn.hoctap.authoring.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.core.error.ApiError.Violation;

class QuizRulesTest {

    private static Choice choice(String text, boolean correct) {
        return new Choice(null, LocalizedText.of("vi", text), correct, null);
    }

    private static Question question(QuestionKind kind, Choice... choices) {
        return new Question(null, kind, LocalizedText.of("vi", "Câu hỏi?"), 1, List.of(choices), null, null);
    }

    private static List<String> paths(List<Question> questions, BigDecimal mastery) {
        return QuizRules.violations(questions, mastery, "").stream().map(Violation::path).toList();
    }

    @Test
    void a_question_without_a_correct_choice_is_refused_at_its_choices() {
        List<Violation> found = QuizRules.violations(List.of(question(QuestionKind.MULTIPLE_CHOICE,
                choice("a", false), choice("b", false))), new BigDecimal("0.5"), "");

        assertThat(found).extracting(Violation::path).containsExactly("questions[0].choices");
        assertThat(found.get(0).message()).contains("no correct answer");
    }

    @Test
    void a_single_choice_question_has_exactly_one_correct_choice_and_multiple_choice_may_have_several() {
        assertThat(paths(List.of(question(QuestionKind.SINGLE_CHOICE, choice("a", true), choice("b", true))),
                BigDecimal.ONE)).containsExactly("questions[0].choices");
        assertThat(paths(List.of(question(QuestionKind.MULTIPLE_CHOICE, choice("a", true), choice("b", true))),
                BigDecimal.ONE)).isEmpty();
    }

    @Test
    void true_false_questions_get_their_ids_and_words_and_need_two_choices() {
        Question trueFalse = new Question(null, QuestionKind.TRUE_FALSE, LocalizedText.of("vi", "OTP là bí mật?"), 1,
                List.of(new Choice(null, null, true, null), new Choice(null, null, false, null)), null, null);

        List<Question> given = QuizRules.withIds(List.of(trueFalse));

        assertThat(paths(List.of(trueFalse), BigDecimal.ONE)).isEmpty();
        assertThat(given.get(0).choices()).extracting(Choice::id).containsExactly("true", "false");
        assertThat(given.get(0).choices().get(0).text().in("vi")).contains("Đúng");
        assertThat(given.get(0).choices().get(1).text().in("km")).contains("ខុស");
        assertThat(paths(List.of(question(QuestionKind.TRUE_FALSE, choice("a", true))), BigDecimal.ONE))
                .containsExactly("questions[0].choices");
    }

    @Test
    void the_mastery_score_is_between_0_and_1_and_points_between_1_and_100() {
        Question zeroPoints = new Question("q1", QuestionKind.SINGLE_CHOICE, LocalizedText.of("vi", "?"), 0,
                List.of(choice("a", true), choice("b", false)), null, null);

        assertThat(paths(List.of(zeroPoints), new BigDecimal("1.5"))).containsExactly("masteryScore", "questions[0].points");
        assertThat(paths(List.of(), null)).containsExactly("masteryScore", "questions");
    }

    @Test
    void given_ids_are_kept_and_missing_ones_do_not_collide_with_them() {
        Question first = new Question("q2", QuestionKind.SINGLE_CHOICE, LocalizedText.of("vi", "?"), 1,
                List.of(new Choice("a", LocalizedText.of("vi", "x"), true, null), choice("y", false)), null, null);
        Question second = question(QuestionKind.SINGLE_CHOICE, choice("a", true), choice("b", false));

        List<Question> given = QuizRules.withIds(List.of(first, second));

        assertThat(given).extracting(Question::id).containsExactly("q2", "q1");
        assertThat(given.get(0).choices()).extracting(Choice::id).containsExactly("a", "b");
    }

    @Test
    void duplicate_ids_are_refused() {
        Question a = new Question("same", QuestionKind.SINGLE_CHOICE, LocalizedText.of("vi", "?"), 1,
                List.of(choice("a", true), choice("b", false)), null, null);

        assertThat(paths(List.of(a, a), BigDecimal.ONE)).containsExactly("questions[1].id");
    }
}
