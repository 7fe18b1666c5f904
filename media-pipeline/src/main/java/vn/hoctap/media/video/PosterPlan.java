package vn.hoctap.media.video;

import java.time.Duration;

/**
 * The poster frame: the first frame at or after {@code time}, scaled to {@code width}×{@code height}.
 */
public record PosterPlan(Duration time, int width, int height) {
}
