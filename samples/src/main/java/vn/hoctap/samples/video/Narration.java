package vn.hoctap.samples.video;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A spoken narration: one WAV file and when each segment is spoken in it.
 *
 * @param wav      the narration, PCM WAV
 * @param spoken   per segment, the time span of its speech, in order and not overlapping
 * @param duration length of the whole file (silence before, between and after the segments included)
 */
public record Narration(Path wav, List<Span> spoken, Duration duration) {

    public Narration {
        spoken = List.copyOf(spoken);
    }

    /** A time span in the narration. */
    public record Span(Duration start, Duration end) {
    }
}
