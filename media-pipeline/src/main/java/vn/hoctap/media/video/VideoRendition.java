package vn.hoctap.media.video;

/**
 * One video output as planned: a rung of the HLS ladder or the download MP4.
 *
 * @param name                   the short side followed by {@code p} (e.g. {@code 234p} for 416×234 and for
 *                               234×416); names the rung's folder
 * @param width                  output width, even
 * @param height                 output height, even
 * @param frameRate              constant output frame rate
 * @param videoBitRate           target video bits per second
 * @param keyframeIntervalFrames frames between two key frames ({@code -g})
 */
public record VideoRendition(String name, int width, int height, FrameRate frameRate, long videoBitRate,
                             int keyframeIntervalFrames) {

    public VideoRendition {
        if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("dimensions must be even and positive: " + width + "x" + height);
        }
    }

    /** {@code WIDTHxHEIGHT}. */
    public String resolution() {
        return width + "x" + height;
    }
}
