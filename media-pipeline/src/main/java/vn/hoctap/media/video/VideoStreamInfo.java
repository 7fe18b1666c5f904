package vn.hoctap.media.video;

import java.time.Duration;

/**
 * The video stream of a source, as ffprobe describes it.
 *
 * @param index             the stream's index in the file (what {@code -map 0:index} selects)
 * @param codec             FFmpeg's codec name, e.g. {@code h264}, {@code hevc}, {@code vp9}
 * @param codedWidth        width of the stored picture, in pixels
 * @param codedHeight       height of the stored picture, in pixels
 * @param rotation          clockwise-or-counter-clockwise rotation to apply on display, normalised to 0, 90, 180
 *                          or 270 (from the display matrix, or the old {@code rotate} tag)
 * @param width             width as displayed: after the sample aspect ratio and the rotation (90 and 270 swap
 *                          width and height)
 * @param height            height as displayed
 * @param frameRate         the average frame rate ({@code avg_frame_rate}; {@code r_frame_rate} if absent)
 * @param variableFrameRate whether frame timing varies: {@code r_frame_rate} and {@code avg_frame_rate} differ by
 *                          more than 2 %, or neither is known
 * @param interlaced        whether the stream declares interlaced fields
 * @param bitRate           bits per second, 0 if unknown
 * @param duration          the stream's duration; the container's if the stream has none
 */
public record VideoStreamInfo(int index, String codec, int codedWidth, int codedHeight, int rotation,
                              int width, int height, FrameRate frameRate, boolean variableFrameRate,
                              boolean interlaced, long bitRate, Duration duration) {

    /** Whether the picture is displayed taller than wide. */
    public boolean portrait() {
        return height > width;
    }
}
