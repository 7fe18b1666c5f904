package vn.hoctap.media.video;

/** What a file written by {@link HlsTranscoder} is. */
public enum OutputKind {
    /** {@code hls/master.m3u8}: the HLS multivariant playlist. */
    HLS_MASTER,
    /** {@code hls/NAME/index.m3u8}: the media playlist of one rung or of the audio group. */
    HLS_VARIANT_PLAYLIST,
    /** {@code hls/NAME/init_N.mp4}: the fMP4 initialisation segment of a rung or of the audio group. */
    HLS_INIT,
    /** {@code hls/NAME/seg_NNNNN.m4s}: one fMP4 media segment. */
    HLS_SEGMENT,
    /** {@code video.mp4}: the progressive download, {@code moov} box first. */
    MP4,
    /**
     * {@code video-low.mp4}: the lowest rung as a progressive MP4 ({@code moov} box first, mono sound), the video of
     * the low-bandwidth packages.
     */
    MP4_LOW,
    /** {@code audio.m4a}: the audio-only rendition. */
    AUDIO,
    /** {@code poster.jpg}: the poster frame. */
    POSTER,
    /** {@code sprite.jpg}: the storyboard thumbnails in a grid. */
    SPRITE,
    /** {@code storyboard.vtt}: WebVTT cues pointing into the sprite with {@code #xywh=}. */
    STORYBOARD
}
