package vn.hoctap.media.video;

/**
 * One planned sound output.
 *
 * @param bitRate    bits per second
 * @param channels   1 (mono) or 2 (stereo)
 * @param sampleRate samples per second
 */
public record AudioRendition(long bitRate, int channels, int sampleRate) {

    /** FFmpeg's channel layout name. */
    public String channelLayout() {
        return channels == 1 ? "mono" : "stereo";
    }
}
