package vn.hoctap.media.video;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one transcoding run writes, decided from the source's {@link MediaInfo} and the {@link
 * LadderSettings} before FFmpeg starts:
 *
 * <ul>
 *   <li>the HLS rungs: every configured rung whose box the source reaches on at least one side (never an upscale),
 *   each scaled to fit its box with the source's displayed aspect ratio, dimensions rounded to even numbers, the
 *   box turned for a portrait source; if the source reaches no box, one rung at the source's size (rounded down
 *   to even) with the first rung's settings. Frame rates are capped per rung ({@link FrameRate#cappedTo}); a
 *   variable-rate source is encoded at its average rounded to a whole number, or at the cap if that is lower
 *   (dividing an uneven rate gains no smoothness). Key frames every
 *   {@code keyframeInterval}. The bit rate shrinks with the share of the box the picture fills;</li>
 *   <li>the download MP4 by the same rule for its own box;</li>
 *   <li>the lowest-rung MP4 (for the low-bandwidth packages) by the rule of the ladder's lowest rung: the
 *   {@code lowMp4} box (416×234 by default, turned for portrait), or the source's own size if it reaches no side of
 *   it, at that rung's frame-rate cap, with its own (lower) bit rate and mono sound;</li>
 *   <li>the poster at {@code posterPosition} of the video (not before {@code posterEarliest}, not after half the
 *   video), at the MP4's size;</li>
 *   <li>the storyboard: thumbnails {@code thumbnailWidth} wide every {@code max(minThumbnailInterval,
 *   duration / maxThumbnails)} seconds;</li>
 *   <li>the streaming sound and the audio-only rendition, when the source has sound.</li>
 * </ul>
 *
 * A source without video gets only the audio-only rendition: {@link #rungs()} is empty and the video parts are
 * absent.
 *
 * @param duration         the source's duration
 * @param sourceVideo      the source's video stream, if any
 * @param sourceAudio      the source's audio stream, if any
 * @param rungs            the HLS ladder, smallest first; empty without video
 * @param download         the download MP4's video
 * @param lowMp4           the lowest-rung MP4's video
 * @param poster           the poster
 * @param storyboard       the sprite and storyboard
 * @param streamingAudio   the sound of the ladder and of the MP4; absent without sound
 * @param audioOnly        the audio-only rendition; absent without sound
 * @param lowMp4Audio      the sound of the lowest-rung MP4; absent without sound
 * @param segmentDuration  target HLS segment length
 * @param keyframeInterval time between key frames
 */
public record LadderPlan(Duration duration, Optional<VideoStreamInfo> sourceVideo,
                         Optional<AudioStreamInfo> sourceAudio, List<VideoRendition> rungs,
                         Optional<VideoRendition> download, Optional<VideoRendition> lowMp4,
                         Optional<PosterPlan> poster, Optional<StoryboardPlan> storyboard,
                         Optional<AudioRendition> streamingAudio, Optional<AudioRendition> audioOnly,
                         Optional<AudioRendition> lowMp4Audio, Duration segmentDuration, Duration keyframeInterval) {

    public LadderPlan {
        rungs = List.copyOf(rungs);
    }

    /** Plans the outputs for {@code source}. Pure computation: reads no file. */
    public static LadderPlan forSource(MediaInfo source, LadderSettings settings) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
        Optional<AudioRendition> streamingAudio = source.audio()
                .map(a -> audio(settings.streamingAudio(), a));
        Optional<AudioRendition> audioOnly = source.audio().map(a -> audio(settings.audioOnly(), a));
        if (source.video().isEmpty()) {
            return new LadderPlan(source.duration(), Optional.empty(), source.audio(), List.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), streamingAudio, audioOnly, Optional.empty(),
                    settings.segmentDuration(), settings.keyframeInterval());
        }
        Optional<AudioRendition> lowMp4Audio = source.audio().map(a -> audio(settings.lowMp4Audio(), a));
        VideoStreamInfo video = source.video().get();
        List<VideoRendition> rungs = new ArrayList<>();
        for (RungSpec spec : settings.rungs()) {
            if (reaches(video, spec)) {
                // two boxes can give the same picture (or, for extreme shapes, the same short side): keep one
                VideoRendition rung = rendition(video, spec, settings);
                boolean duplicate = rungs.stream().anyMatch(r -> r.name().equals(rung.name()));
                if (!duplicate) {
                    rungs.add(rung);
                }
            }
        }
        if (rungs.isEmpty()) {
            rungs.add(rendition(video, settings.rungs().get(0), settings));
        }
        VideoRendition download = rendition(video, settings.download(), settings);
        VideoRendition lowMp4 = rendition(video, settings.lowMp4(), settings);
        return new LadderPlan(source.duration(), source.video(), source.audio(), rungs, Optional.of(download),
                Optional.of(lowMp4), Optional.of(poster(video, download, settings)),
                Optional.of(storyboard(video, settings)), streamingAudio, audioOnly, lowMp4Audio,
                settings.segmentDuration(), settings.keyframeInterval());
    }

    /** Whether the plan has video outputs (HLS, the two MP4s, poster, storyboard). */
    public boolean hasVideo() {
        return !rungs.isEmpty();
    }

    /** Whether the outputs carry sound. */
    public boolean hasAudio() {
        return streamingAudio.isPresent();
    }

    private static boolean reaches(VideoStreamInfo video, RungSpec spec) {
        int longSide = Math.max(video.width(), video.height());
        int shortSide = Math.min(video.width(), video.height());
        return longSide >= spec.longSide() || shortSide >= spec.shortSide();
    }

    /** The source fitted into the spec's box (turned for portrait), or the source's own size if it is smaller. */
    private static VideoRendition rendition(VideoStreamInfo video, RungSpec spec, LadderSettings settings) {
        int boxWidth = video.portrait() ? spec.shortSide() : spec.longSide();
        int boxHeight = video.portrait() ? spec.longSide() : spec.shortSide();
        int[] size = fit(video.width(), video.height(), boxWidth, boxHeight);
        int width = size[0];
        int height = size[1];
        double share = Math.min(1.0, (double) width * height / spec.pixels());
        long bitRate = Math.max(settings.minVideoBitRate(), Math.round(spec.bitRate() * share / 1000.0) * 1000);
        FrameRate rate;
        if (video.variableFrameRate()) {
            FrameRate average = FrameRate.of((int) Math.max(1, Math.round(video.frameRate().fps())));
            rate = average.fps() <= spec.maxFrameRate().fps() ? average : spec.maxFrameRate();
        } else {
            rate = video.frameRate().cappedTo(spec.maxFrameRate());
        }
        int gop = (int) Math.max(1, Math.round(rate.fps() * settings.keyframeInterval().toMillis() / 1000.0));
        return new VideoRendition(Math.min(width, height) + "p", width, height, rate, bitRate, gop);
    }

    /**
     * Scales {@code width × height} down (never up) to fit {@code boxWidth × boxHeight}, keeping the aspect ratio,
     * and rounds to even dimensions that still fit the box and the source.
     */
    static int[] fit(int width, int height, int boxWidth, int boxHeight) {
        double scale = Math.min(1.0, Math.min((double) boxWidth / width, (double) boxHeight / height));
        int maxWidth = evenFloor(Math.min(boxWidth, width));
        int maxHeight = evenFloor(Math.min(boxHeight, height));
        int w = Math.min(maxWidth, evenRound(width * scale));
        int h = Math.min(maxHeight, evenRound(height * scale));
        return new int[] {w, h};
    }

    private static int evenRound(double value) {
        return (int) Math.max(2, 2 * Math.round(value / 2));
    }

    private static int evenFloor(int value) {
        return Math.max(2, value - value % 2);
    }

    private static PosterPlan poster(VideoStreamInfo video, VideoRendition size, LadderSettings settings) {
        long videoNanos = video.duration().toNanos();
        long at = Math.max(Math.round(videoNanos * settings.posterPosition()), settings.posterEarliest().toNanos());
        at = Math.min(at, videoNanos / 2);
        return new PosterPlan(Duration.ofNanos(at).truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                size.width(), size.height());
    }

    private static StoryboardPlan storyboard(VideoStreamInfo video, LadderSettings settings) {
        double seconds = video.duration().toNanos() / 1e9;
        int interval = (int) Math.max(settings.minThumbnailInterval().toSeconds(),
                Math.ceil(seconds / settings.maxThumbnails()));
        double lastFrame = Math.max(0, seconds - 1 / video.frameRate().fps());
        int count = Math.min(settings.maxThumbnails(), (int) Math.floor(lastFrame / interval) + 1);
        int columns = Math.min(count, settings.spriteColumns());
        int rows = (count + columns - 1) / columns;
        int thumbWidth = Math.min(settings.thumbnailWidth(), evenFloor(video.width()));
        int thumbHeight = evenRound((double) thumbWidth * video.height() / video.width());
        return new StoryboardPlan(interval, count, columns, rows, thumbWidth, thumbHeight, video.duration());
    }

    private static AudioRendition audio(AudioEncoding encoding, AudioStreamInfo source) {
        return new AudioRendition(encoding.bitRate(), Math.min(encoding.maxChannels(), source.channels()),
                encoding.sampleRate());
    }
}
