package vn.hoctap.media.video;

/**
 * How to encode a sound track (AAC-LC, FFmpeg's native encoder).
 *
 * @param bitRate     bits per second
 * @param maxChannels 1 for mono, 2 for at most stereo (a mono source stays mono)
 * @param sampleRate  samples per second
 */
public record AudioEncoding(long bitRate, int maxChannels, int sampleRate) {

    public AudioEncoding {
        if (bitRate <= 0 || maxChannels < 1 || maxChannels > 2 || sampleRate <= 0) {
            throw new IllegalArgumentException("invalid audio encoding");
        }
    }
}
