package vn.hoctap.media.video;

import java.util.Objects;

/**
 * One step of the ladder as configured: a bounding box given for a landscape picture (for a portrait source the
 * box is turned: 416×234 becomes 234×416), the video bit rate at the box's full size, and the highest frame rate.
 *
 * @param longSide     the box's longer side, in pixels
 * @param shortSide    the box's shorter side, in pixels
 * @param bitRate      video bits per second for a picture filling the box
 * @param maxFrameRate the highest output frame rate
 */
public record RungSpec(int longSide, int shortSide, long bitRate, FrameRate maxFrameRate) {

    public RungSpec {
        Objects.requireNonNull(maxFrameRate, "maxFrameRate");
        if (shortSide < 2 || longSide < shortSide || bitRate <= 0) {
            throw new IllegalArgumentException("invalid rung " + longSide + "x" + shortSide + " @" + bitRate);
        }
    }

    long pixels() {
        return (long) longSide * shortSide;
    }
}
