package vn.hoctap.authoring.quiz;

/** The kinds of quiz question. */
public enum QuestionKind {
    /** Exactly one choice is correct. */
    SINGLE_CHOICE,
    /** One or more choices are correct; the learner must choose all of them and nothing else. */
    MULTIPLE_CHOICE,
    /** A statement that is true or false: two choices with ids {@code true} and {@code false}. */
    TRUE_FALSE
}
