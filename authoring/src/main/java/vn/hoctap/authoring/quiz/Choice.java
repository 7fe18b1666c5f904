package vn.hoctap.authoring.quiz;

import vn.hoctap.authoring.text.LocalizedText;

/**
 * A choice of a question.
 *
 * @param id       stable within its question ({@code [A-Za-z0-9][A-Za-z0-9_-]*}, at most 64); given when absent
 * @param text     what the learner reads
 * @param correct  whether choosing it is (part of) the right answer
 * @param feedback shown when the learner chooses it (may be empty)
 */
public record Choice(String id, LocalizedText text, boolean correct, LocalizedText feedback) {

    public Choice {
        text = LocalizedText.orEmpty(text);
        feedback = LocalizedText.orEmpty(feedback);
    }

    Choice withId(String newId) {
        return new Choice(newId, text, correct, feedback);
    }

    Choice withText(LocalizedText newText) {
        return new Choice(id, newText, correct, feedback);
    }
}
