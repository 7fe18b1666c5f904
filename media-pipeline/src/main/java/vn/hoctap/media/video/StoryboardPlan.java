package vn.hoctap.media.video;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The thumbnail sprite and its WebVTT storyboard: thumbnail {@code k} (from 0) is the first frame at or after
 * {@code k × intervalSeconds}, placed left to right, top to bottom in a grid of {@code columns × rows} cells of
 * {@code thumbWidth × thumbHeight} pixels. Cells beyond {@code count} are black.
 *
 * @param intervalSeconds seconds between two thumbnails
 * @param count           number of thumbnails: one for every interval start before the last frame
 * @param columns         cells per row
 * @param rows            number of rows
 * @param thumbWidth      cell width, in pixels
 * @param thumbHeight     cell height, in pixels
 * @param videoDuration   the end of the last cue
 */
public record StoryboardPlan(int intervalSeconds, int count, int columns, int rows, int thumbWidth,
                             int thumbHeight, Duration videoDuration) {

    /** One storyboard entry: the time range and the thumbnail's rectangle in the sprite. */
    public record Cue(Duration start, Duration end, int x, int y, int width, int height) {
    }

    /** Number of grid cells, {@code columns × rows}. */
    public int cells() {
        return columns * rows;
    }

    public int spriteWidth() {
        return columns * thumbWidth;
    }

    public int spriteHeight() {
        return rows * thumbHeight;
    }

    /** One cue per thumbnail, in time order, together covering 0 to the video's duration. */
    public List<Cue> cues() {
        List<Cue> cues = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Duration start = Duration.ofSeconds((long) k * intervalSeconds);
            Duration end = k == count - 1 ? videoDuration
                    : min(Duration.ofSeconds((long) (k + 1) * intervalSeconds), videoDuration);
            cues.add(new Cue(start, end, (k % columns) * thumbWidth, (k / columns) * thumbHeight,
                    thumbWidth, thumbHeight));
        }
        return cues;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
