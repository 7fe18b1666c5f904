package vn.hoctap.media.video;

import java.time.Duration;

/**
 * Writes the WebVTT storyboard of a {@link StoryboardPlan}: one cue per thumbnail, whose text is the sprite's URI
 * with a media fragment {@code #xywh=x,y,w,h} (the format video players use for seek previews).
 */
public final class StoryboardVtt {

    private StoryboardVtt() {
    }

    /**
     * @param plan      the storyboard
     * @param spriteUri the sprite as the player will request it, relative to the VTT file (e.g. {@code sprite.jpg})
     * @return the VTT document, lines ending with {@code \n}
     */
    public static String render(StoryboardPlan plan, String spriteUri) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (StoryboardPlan.Cue cue : plan.cues()) {
            vtt.append('\n')
                    .append(timestamp(cue.start())).append(" --> ").append(timestamp(cue.end())).append('\n')
                    .append(spriteUri).append("#xywh=").append(cue.x()).append(',').append(cue.y()).append(',')
                    .append(cue.width()).append(',').append(cue.height()).append('\n');
        }
        return vtt.toString();
    }

    /** {@code HH:MM:SS.mmm}. */
    static String timestamp(Duration time) {
        long millis = time.toMillis();
        return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }
}
