package vn.hoctap.media.slides;

import java.util.Objects;

/**
 * What a deck file itself says about one slide, as read by {@link SpeakerNotesReader}.
 *
 * @param index  1-based position of the slide in the deck, hidden slides counted
 * @param hidden whether the author hid the slide (it is skipped in a slide show)
 * @param text   the slide's own text in reading order of its shapes (tables and groups included, master and
 *               layout decorations excluded), normalised; "" when none
 * @param notes  the speaker notes (the body of the notes page), normalised; "" when none
 */
public record SlideNotes(int index, boolean hidden, String text, String notes) {

    public SlideNotes {
        if (index < 1) {
            throw new IllegalArgumentException("index is 1-based: " + index);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(notes, "notes");
    }
}
