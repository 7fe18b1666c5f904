package vn.hoctap.media.captions;

import java.time.Duration;

/** One caption: shown from {@code start} to {@code end}, with its text (lines separated by {@code \n}). */
public record Cue(Duration start, Duration end, String text) {
}
