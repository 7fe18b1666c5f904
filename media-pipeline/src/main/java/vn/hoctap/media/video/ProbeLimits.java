package vn.hoctap.media.video;

import java.time.Duration;

/**
 * What {@link VideoProbe} accepts. Pictures beyond the size limits are refused before any frame is decoded (a
 * small file can declare a huge picture that would exhaust memory once decoded: a decompression bomb).
 *
 * @param maxSide      the largest width or height, coded or displayed, in pixels
 * @param maxPixels    the largest width × height
 * @param minSide      the smallest width or height
 * @param maxDuration  the longest accepted duration
 * @param probeTimeout how long ffprobe may take
 */
public record ProbeLimits(int maxSide, long maxPixels, int minSide, Duration maxDuration, Duration probeTimeout) {

    /** 8192 px a side, 40 megapixels, 16 px a side, 6 hours, 60 s to probe. */
    public static ProbeLimits defaults() {
        return new ProbeLimits(8192, 40_000_000L, 16, Duration.ofHours(6), Duration.ofSeconds(60));
    }

    public ProbeLimits {
        if (maxSide < minSide || minSide < 2 || maxPixels < 4) {
            throw new IllegalArgumentException("inconsistent picture limits");
        }
        if (maxDuration.isNegative() || maxDuration.isZero() || probeTimeout.isNegative() || probeTimeout.isZero()) {
            throw new IllegalArgumentException("durations must be positive");
        }
    }
}
