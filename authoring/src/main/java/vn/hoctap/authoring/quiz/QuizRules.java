package vn.hoctap.authoring.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.core.error.ApiError.Violation;

/**
 * The rules of a well-formed quiz, and the ids it is given: questions get {@code q1}, {@code q2}... and choices
 * {@code a}, {@code b}... when the author gives none; true/false choices are {@code true} and {@code false}
 * (with the usual words as text when none is given).
 */
public final class QuizRules {

    /** Ids of questions and choices, as the packages use them in activity ids. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    static final int MAX_QUESTIONS = 200;
    static final int MAX_CHOICES = 10;
    static final int MAX_POINTS = 100;
    private static final LocalizedText TRUE = LocalizedText.of("vi", "Đúng", "km", "ត្រូវ", "en", "True");
    private static final LocalizedText FALSE = LocalizedText.of("vi", "Sai", "km", "ខុស", "en", "False");

    private QuizRules() {
    }

    /** The questions with every missing id given (existing ids are kept). */
    public static List<Question> withIds(List<Question> questions) {
        Set<String> taken = new HashSet<>();
        questions.stream().map(Question::id).filter(id -> id != null).forEach(taken::add);
        List<Question> out = new ArrayList<>();
        int next = 1;
        for (Question question : questions) {
            String id = question.id();
            if (id == null || id.isBlank()) {
                while (taken.contains("q" + next)) {
                    next++;
                }
                id = "q" + next;
                taken.add(id);
            }
            out.add(question.withIdAndChoices(id, choicesWithIds(question)));
        }
        return out;
    }

    private static List<Choice> choicesWithIds(Question question) {
        List<Choice> choices = question.choices();
        if (question.kind() == QuestionKind.TRUE_FALSE && choices.size() == 2) {
            Choice first = choices.get(0).id() == null ? choices.get(0).withId("true") : choices.get(0);
            Choice second = choices.get(1).id() == null ? choices.get(1).withId("false") : choices.get(1);
            return List.of(defaultText(first), defaultText(second));
        }
        Set<String> taken = new HashSet<>();
        choices.stream().map(Choice::id).filter(id -> id != null).forEach(taken::add);
        List<Choice> out = new ArrayList<>();
        char next = 'a';
        for (Choice choice : choices) {
            if (choice.id() == null || choice.id().isBlank()) {
                while (taken.contains(String.valueOf(next))) {
                    next++;
                }
                taken.add(String.valueOf(next));
                out.add(choice.withId(String.valueOf(next)));
            } else {
                out.add(choice);
            }
        }
        return out;
    }

    private static Choice defaultText(Choice choice) {
        if (!choice.text().isBlank()) {
            return choice;
        }
        return switch (choice.id()) {
            case "true" -> choice.withText(TRUE);
            case "false" -> choice.withText(FALSE);
            default -> choice;
        };
    }

    /** Every rule the quiz breaks, with paths under {@code path} ({@code questions[0].choices}...). */
    public static List<Violation> violations(List<Question> questions, BigDecimal masteryScore, String path) {
        List<Violation> found = new ArrayList<>();
        if (masteryScore == null || masteryScore.signum() < 0 || masteryScore.compareTo(BigDecimal.ONE) > 0
                || masteryScore.scale() > 4) {
            found.add(new Violation(path + "masteryScore",
                    "must be a score from 0 to 1 (for example 0.8 for 80 %), at most 4 decimals"));
        }
        if (questions == null || questions.isEmpty()) {
            found.add(new Violation(path + "questions", "a quiz needs at least one question"));
            return found;
        }
        if (questions.size() > MAX_QUESTIONS) {
            found.add(new Violation(path + "questions", "at most " + MAX_QUESTIONS + " questions"));
        }
        Set<String> questionIds = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String at = path + "questions[" + i + "]";
            Question question = questions.get(i);
            if (question == null) {
                found.add(new Violation(at, "must be a question"));
                continue;
            }
            if (question.id() != null && (!ID.matcher(question.id()).matches() || !questionIds.add(question.id()))) {
                found.add(new Violation(at + ".id", "must be unique in the quiz: 1 to 64 letters, digits, '-' or '_'"));
            }
            if (question.kind() == null) {
                found.add(new Violation(at + ".kind", "must be SINGLE_CHOICE, MULTIPLE_CHOICE or TRUE_FALSE"));
            }
            found.addAll(LocalizedText.violations(question.prompt(), at + ".prompt", true, 2000));
            found.addAll(LocalizedText.violations(question.correctFeedback(), at + ".correctFeedback", false, 2000));
            found.addAll(LocalizedText.violations(question.incorrectFeedback(), at + ".incorrectFeedback", false, 2000));
            if (question.points() < 1 || question.points() > MAX_POINTS) {
                found.add(new Violation(at + ".points", "must be from 1 to " + MAX_POINTS));
            }
            found.addAll(choiceViolations(question, at));
        }
        return found;
    }

    private static List<Violation> choiceViolations(Question question, String at) {
        List<Violation> found = new ArrayList<>();
        List<Choice> choices = question.choices();
        if (question.kind() == QuestionKind.TRUE_FALSE && choices.size() != 2) {
            found.add(new Violation(at + ".choices", "a true/false question has exactly two choices: true and false"));
            return found;
        }
        if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
            found.add(new Violation(at + ".choices", "must have 2 to " + MAX_CHOICES + " choices"));
            return found;
        }
        Set<String> ids = new HashSet<>();
        int correct = 0;
        for (int j = 0; j < choices.size(); j++) {
            Choice choice = choices.get(j);
            String where = at + ".choices[" + j + "]";
            if (choice == null) {
                found.add(new Violation(where, "must be a choice"));
                continue;
            }
            if (choice.id() != null && (!ID.matcher(choice.id()).matches() || !ids.add(choice.id()))) {
                found.add(new Violation(where + ".id", "must be unique in the question: 1 to 64 letters, digits, '-' or '_'"));
            }
            boolean trueFalse = question.kind() == QuestionKind.TRUE_FALSE;
            found.addAll(LocalizedText.violations(choice.text(), where + ".text", !trueFalse, 1000));
            found.addAll(LocalizedText.violations(choice.feedback(), where + ".feedback", false, 2000));
            if (choice.correct()) {
                correct++;
            }
        }
        if (question.kind() == QuestionKind.TRUE_FALSE && !ids.isEmpty() && !ids.equals(Set.of("true", "false"))) {
            found.add(new Violation(at + ".choices", "the choices of a true/false question have the ids true and false"));
        }
        if (correct == 0) {
            found.add(new Violation(at + ".choices",
                    "no correct answer: mark the right choice with \"correct\": true"));
        } else if (correct > 1 && question.kind() != QuestionKind.MULTIPLE_CHOICE) {
            found.add(new Violation(at + ".choices", "a " + (question.kind() == QuestionKind.TRUE_FALSE
                    ? "true/false" : "single-choice") + " question has exactly one correct choice; " + correct
                    + " are marked correct (use MULTIPLE_CHOICE for several)"));
        }
        return found;
    }
}
