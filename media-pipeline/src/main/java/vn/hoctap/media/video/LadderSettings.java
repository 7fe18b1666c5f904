package vn.hoctap.media.video;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the pipeline produces from every video, independent of the source. {@link #defaults()} targets learners
 * on cheap phones over 2G/3G.
 *
 * @param rungs                the HLS ladder, smallest first
 * @param download             the progressive MP4 for download and for players without HLS
 * @param lowMp4               the progressive MP4 at the lowest rung, for the low-bandwidth (offline) packages:
 *                             the box and frame-rate cap of the ladder's lowest rung, with a bit rate chosen for
 *                             the size budget of those packages (15 MB per 10 minutes of video)
 * @param streamingAudio       the sound of the HLS ladder (one audio group shared by all rungs) and of the MP4
 * @param audioOnly            the audio-only rendition (M4A)
 * @param lowMp4Audio          the sound of the lowest-rung MP4
 * @param keyframeInterval     time between key frames, which also bounds segment lengths
 * @param segmentDuration      target HLS segment length
 * @param thumbnailWidth       width of one storyboard thumbnail, in pixels
 * @param minThumbnailInterval shortest time between two storyboard thumbnails
 * @param maxThumbnails        the most thumbnails in the sprite (the interval grows for long videos)
 * @param spriteColumns        thumbnails per sprite row
 * @param posterPosition       where the poster frame is taken, as a share of the video's duration
 * @param posterEarliest       the earliest poster time (a video's first second is often black), unless the
 *                             video is shorter than twice that
 * @param minVideoBitRate      the lowest video bit rate when a rung is scaled down for a smaller picture
 */
public record LadderSettings(List<RungSpec> rungs, RungSpec download, RungSpec lowMp4,
                             AudioEncoding streamingAudio, AudioEncoding audioOnly, AudioEncoding lowMp4Audio,
                             Duration keyframeInterval, Duration segmentDuration,
                             int thumbnailWidth, Duration minThumbnailInterval, int maxThumbnails,
                             int spriteColumns, double posterPosition, Duration posterEarliest,
                             long minVideoBitRate) {

    public LadderSettings {
        rungs = List.copyOf(rungs);
        Objects.requireNonNull(download, "download");
        Objects.requireNonNull(lowMp4, "lowMp4");
        Objects.requireNonNull(streamingAudio, "streamingAudio");
        Objects.requireNonNull(audioOnly, "audioOnly");
        Objects.requireNonNull(lowMp4Audio, "lowMp4Audio");
        if (rungs.isEmpty()) {
            throw new IllegalArgumentException("at least one rung is needed");
        }
        for (int i = 1; i < rungs.size(); i++) {
            if (rungs.get(i).pixels() <= rungs.get(i - 1).pixels()) {
                throw new IllegalArgumentException("rungs must grow: " + rungs);
            }
        }
        if (keyframeInterval.toMillis() < 100 || segmentDuration.compareTo(keyframeInterval) < 0
                || segmentDuration.toMillis() % keyframeInterval.toMillis() != 0) {
            throw new IllegalArgumentException("the segment duration must be a multiple of the key frame interval");
        }
        if (thumbnailWidth < 16 || maxThumbnails < 1 || spriteColumns < 1 || minThumbnailInterval.toSeconds() < 1
                || posterPosition < 0 || posterPosition > 1 || minVideoBitRate <= 0) {
            throw new IllegalArgumentException("invalid thumbnail, poster or bit rate settings");
        }
    }

    /**
     * Rungs 416×234 at 15 fps and 145 kb/s, 640×360 at 600 kb/s and 1280×720 at 1.5 Mb/s (both at most 30 fps);
     * a 640×360 MP4 at 600 kb/s; a lowest-rung MP4 416×234 at 15 fps, 120 kb/s video (at most 150 kb/s) with
     * 40 kb/s mono sound; sound AAC 64 kb/s (stereo at most) for streaming and 48 kb/s mono for the audio-only
     * rendition; a key frame every 2 s, 6 s segments; 160 px thumbnails every 5 s or more, at most 100, 10 a row;
     * the poster at 10 % of the duration, not before 1 s.
     *
     * <p>The lowest-rung MP4's 160 kb/s make 12 MB per 10 minutes: libopenh264's rate control holds 120 kb/s on a
     * noisy, moving 720p source (measured 122 kb/s with FFmpeg's {@code noise=alls=100}), so 10 minutes stay under
     * the 15 MB budget of a low-bandwidth package with room for the container, the poster and captions.
     */
    public static LadderSettings defaults() {
        FrameRate thirty = FrameRate.of(30);
        return new LadderSettings(
                List.of(new RungSpec(416, 234, 145_000, FrameRate.of(15)),
                        new RungSpec(640, 360, 600_000, thirty),
                        new RungSpec(1280, 720, 1_500_000, thirty)),
                new RungSpec(640, 360, 600_000, thirty),
                new RungSpec(416, 234, 120_000, FrameRate.of(15)),
                new AudioEncoding(64_000, 2, 48_000),
                new AudioEncoding(48_000, 1, 48_000),
                new AudioEncoding(40_000, 1, 48_000),
                Duration.ofSeconds(2), Duration.ofSeconds(6),
                160, Duration.ofSeconds(5), 100, 10,
                0.10, Duration.ofSeconds(1),
                32_000);
    }
}
