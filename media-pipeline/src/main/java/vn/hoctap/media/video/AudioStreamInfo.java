package vn.hoctap.media.video;

/**
 * The audio stream of a source, as ffprobe describes it.
 *
 * @param index      the stream's index in the file
 * @param codec      FFmpeg's codec name, e.g. {@code aac}, {@code mp3}, {@code opus}
 * @param channels   number of channels, at least 1
 * @param sampleRate samples per second, 0 if unknown
 * @param bitRate    bits per second, 0 if unknown
 */
public record AudioStreamInfo(int index, String codec, int channels, int sampleRate, long bitRate) {
}
