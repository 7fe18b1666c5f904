package vn.hoctap.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Pure planning: no ffmpeg. */
class LadderPlanTest {

    private static final LadderSettings DEFAULTS = LadderSettings.defaults();

    private static LadderPlan plan(int width, int height, FrameRate rate, boolean vfr, boolean withAudio) {
        VideoStreamInfo video = new VideoStreamInfo(0, "h264", width, height, 0, width, height, rate, vfr, false,
                0, Duration.ofSeconds(60));
        Optional<AudioStreamInfo> audio = withAudio
                ? Optional.of(new AudioStreamInfo(1, "aac", 2, 44_100, 128_000)) : Optional.empty();
        return LadderPlan.forSource(new MediaInfo(Duration.ofSeconds(60), "mov,mp4,m4a,3gp,3g2,mj2", 0, 1,
                Optional.of(video), audio), DEFAULTS);
    }

    private static LadderPlan plan(int width, int height) {
        return plan(width, height, FrameRate.of(30), false, true);
    }

    private static List<String> sizes(LadderPlan plan) {
        return plan.rungs().stream().map(VideoRendition::resolution).toList();
    }

    @Test
    void a720pSourceGetsTheWholeLadder() {
        LadderPlan plan = plan(1280, 720);

        assertThat(plan.rungs()).extracting(VideoRendition::name, VideoRendition::resolution,
                        VideoRendition::frameRate, VideoRendition::videoBitRate, VideoRendition::keyframeIntervalFrames)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("234p", "416x234", FrameRate.of(15), 145_000L, 30),
                        org.assertj.core.groups.Tuple.tuple("360p", "640x360", FrameRate.of(30), 600_000L, 60),
                        org.assertj.core.groups.Tuple.tuple("720p", "1280x720", FrameRate.of(30), 1_500_000L, 60));
        assertThat(plan.download().orElseThrow().resolution()).isEqualTo("640x360");
        assertThat(plan.streamingAudio().orElseThrow()).isEqualTo(new AudioRendition(64_000, 2, 48_000));
        assertThat(plan.audioOnly().orElseThrow()).isEqualTo(new AudioRendition(48_000, 1, 48_000));
        assertThat(plan.segmentDuration()).isEqualTo(Duration.ofSeconds(6));
        assertThat(plan.keyframeInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void largerSourcesAreScaledDownNeverUp() {
        assertThat(sizes(plan(1920, 1080))).containsExactly("416x234", "640x360", "1280x720");
        assertThat(sizes(plan(3840, 2160))).containsExactly("416x234", "640x360", "1280x720");
        assertThat(sizes(plan(640, 360))).containsExactly("416x234", "640x360");
        assertThat(sizes(plan(1000, 562))).containsExactly("416x234", "640x360");
        assertThat(sizes(plan(480, 270))).containsExactly("416x234");
    }

    @Test
    void portraitSourcesGetTurnedBoxes() {
        assertThat(sizes(plan(720, 1280))).containsExactly("234x416", "360x640", "720x1280");
        assertThat(sizes(plan(1080, 1920))).containsExactly("234x416", "360x640", "720x1280");
        assertThat(plan(720, 1280).download().orElseThrow().resolution()).isEqualTo("360x640");
    }

    @Test
    void otherAspectRatiosKeepTheirShapeInEvenSizes() {
        assertThat(sizes(plan(641, 359))).containsExactly("416x232", "640x358");
        assertThat(sizes(plan(1280, 536))).containsExactly("416x174", "640x268", "1280x536");
        assertThat(sizes(plan(1440, 1080))).containsExactly("312x234", "480x360", "960x720");
        assertThat(sizes(plan(720, 720))).containsExactly("234x234", "360x360", "720x720");
    }

    @Test
    void aSourceSmallerThanTheSmallestRungGetsOneRungAtItsOwnEvenSize() {
        LadderPlan plan = plan(321, 181);

        assertThat(sizes(plan)).containsExactly("320x180");
        assertThat(plan.rungs().get(0).frameRate()).isEqualTo(FrameRate.of(15));
        assertThat(plan.rungs().get(0).videoBitRate()).isEqualTo(86_000);
        assertThat(plan.download().orElseThrow().resolution()).isEqualTo("320x180");
        assertThat(plan.poster().orElseThrow()).extracting(PosterPlan::width, PosterPlan::height)
                .containsExactly(320, 180);
    }

    @Test
    void theLowestRungMp4FollowsTheLowestRungOfTheLadderAtItsOwnBitRate() {
        LadderPlan landscape = plan(1920, 1080);
        assertThat(landscape.lowMp4().orElseThrow()).extracting(VideoRendition::resolution,
                        VideoRendition::frameRate, VideoRendition::videoBitRate, VideoRendition::keyframeIntervalFrames)
                .containsExactly("416x234", FrameRate.of(15), 120_000L, 30);
        assertThat(landscape.lowMp4Audio().orElseThrow()).isEqualTo(new AudioRendition(40_000, 1, 48_000));
        assertThat(plan(1080, 1920).lowMp4().orElseThrow().resolution()).isEqualTo("234x416");
        assertThat(plan(1440, 1080).lowMp4().orElseThrow().resolution()).isEqualTo("312x234");
        assertThat(plan(641, 359).lowMp4().orElseThrow().resolution()).isEqualTo("416x232");
        for (int[] size : new int[][] {{1280, 720}, {720, 1280}, {641, 359}, {1280, 536}, {321, 181}, {64, 36}}) {
            LadderPlan plan = plan(size[0], size[1]);
            assertThat(plan.lowMp4().orElseThrow().resolution()).isEqualTo(plan.rungs().get(0).resolution());
            assertThat(plan.lowMp4().orElseThrow().frameRate()).isEqualTo(plan.rungs().get(0).frameRate());
        }
        LadderPlan small = plan(321, 181);
        assertThat(small.lowMp4().orElseThrow().resolution()).isEqualTo("320x180");
        assertThat(small.lowMp4().orElseThrow().videoBitRate()).isEqualTo(71_000);
        assertThat(plan(1280, 720, FrameRate.of(25), false, true).lowMp4().orElseThrow().frameRate())
                .isEqualTo(new FrameRate(25, 2));
    }

    @Test
    void smallerPicturesGetProportionallyLessBitRate() {
        LadderPlan plan = plan(1280, 536);

        assertThat(plan.rungs()).extracting(VideoRendition::videoBitRate)
                .containsExactly(108_000L, 447_000L, 1_117_000L);
        assertThat(plan(64, 36).rungs().get(0).videoBitRate()).isEqualTo(DEFAULTS.minVideoBitRate());
    }

    @Test
    void frameRatesAreCappedBySmoothDivisionWherePossible() {
        assertThat(plan(1280, 720, FrameRate.of(60), false, true).rungs()).extracting(VideoRendition::frameRate)
                .containsExactly(FrameRate.of(15), FrameRate.of(30), FrameRate.of(30));
        assertThat(plan(1280, 720, FrameRate.of(25), false, true).rungs()).extracting(VideoRendition::frameRate)
                .containsExactly(new FrameRate(25, 2), FrameRate.of(25), FrameRate.of(25));
        assertThat(plan(1280, 720, new FrameRate(30000, 1001), false, true).rungs())
                .extracting(VideoRendition::frameRate)
                .containsExactly(new FrameRate(15000, 1001), new FrameRate(30000, 1001), new FrameRate(30000, 1001));
        assertThat(plan(1280, 720, FrameRate.of(20), false, true).rungs().get(0).frameRate())
                .isEqualTo(FrameRate.of(15));
        assertThat(plan(1280, 720, FrameRate.of(10), false, true).rungs().get(0).frameRate())
                .isEqualTo(FrameRate.of(10));
        assertThat(plan(1280, 720, FrameRate.of(25), false, true).rungs().get(0).keyframeIntervalFrames())
                .isEqualTo(25);
    }

    @Test
    void aVariableRateCountsAsItsRoundedAverage() {
        LadderPlan plan = plan(1280, 720, new FrameRate(2733, 100), true, true);

        assertThat(plan.rungs()).extracting(VideoRendition::frameRate)
                .containsExactly(FrameRate.of(15), FrameRate.of(27), FrameRate.of(27));
    }

    @Test
    void withoutSoundThereIsNoAudioRendition() {
        LadderPlan plan = plan(640, 360, FrameRate.of(30), false, false);

        assertThat(plan.hasAudio()).isFalse();
        assertThat(plan.streamingAudio()).isEmpty();
        assertThat(plan.audioOnly()).isEmpty();
        assertThat(plan.lowMp4Audio()).isEmpty();
        assertThat(plan.lowMp4()).isPresent();
        assertThat(plan.hasVideo()).isTrue();
    }

    @Test
    void withoutVideoOnlyTheAudioRenditionIsPlanned() {
        LadderPlan plan = LadderPlan.forSource(new MediaInfo(Duration.ofSeconds(30), "mp3", 0, 1, Optional.empty(),
                Optional.of(new AudioStreamInfo(0, "mp3", 1, 44_100, 64_000))), DEFAULTS);

        assertThat(plan.hasVideo()).isFalse();
        assertThat(plan.rungs()).isEmpty();
        assertThat(plan.download()).isEmpty();
        assertThat(plan.lowMp4()).isEmpty();
        assertThat(plan.lowMp4Audio()).isEmpty();
        assertThat(plan.poster()).isEmpty();
        assertThat(plan.storyboard()).isEmpty();
        assertThat(plan.audioOnly().orElseThrow().channels()).isEqualTo(1);
        assertThat(plan.streamingAudio().orElseThrow().channels()).isEqualTo(1);
    }

    @Test
    void thePosterIsAtATenthButNotBeforeOneSecond() {
        assertThat(plan(1280, 720).poster().orElseThrow().time()).isEqualTo(Duration.ofSeconds(6));
        assertThat(posterTime(Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(1));
        assertThat(posterTime(Duration.ofMillis(800))).isEqualTo(Duration.ofMillis(400));
    }

    private static Duration posterTime(Duration length) {
        VideoStreamInfo video = new VideoStreamInfo(0, "h264", 640, 360, 0, 640, 360, FrameRate.of(30), false, false,
                0, length);
        return LadderPlan.forSource(new MediaInfo(length, "mp4", 0, 1, Optional.of(video), Optional.empty()),
                DEFAULTS).poster().orElseThrow().time();
    }

    @Test
    void theStoryboardHasAThumbnailEveryIntervalInAGrid() {
        StoryboardPlan oneMinute = plan(1280, 720).storyboard().orElseThrow();
        assertThat(oneMinute).extracting(StoryboardPlan::intervalSeconds, StoryboardPlan::count,
                        StoryboardPlan::columns, StoryboardPlan::rows, StoryboardPlan::thumbWidth,
                        StoryboardPlan::thumbHeight)
                .containsExactly(5, 12, 10, 2, 160, 90);
        assertThat(oneMinute.spriteWidth()).isEqualTo(1600);
        assertThat(oneMinute.spriteHeight()).isEqualTo(180);

        VideoStreamInfo hour = new VideoStreamInfo(0, "h264", 720, 1280, 0, 720, 1280, FrameRate.of(30), false,
                false, 0, Duration.ofMinutes(60));
        StoryboardPlan long1 = LadderPlan.forSource(new MediaInfo(Duration.ofMinutes(60), "mp4", 0, 1,
                Optional.of(hour), Optional.empty()), DEFAULTS).storyboard().orElseThrow();
        assertThat(long1).extracting(StoryboardPlan::intervalSeconds, StoryboardPlan::count,
                        StoryboardPlan::columns, StoryboardPlan::rows, StoryboardPlan::thumbWidth,
                        StoryboardPlan::thumbHeight)
                .containsExactly(36, 100, 10, 10, 160, 284);
        assertThat(long1.cues()).hasSize(100).last().satisfies(c -> {
            assertThat(c.start()).isEqualTo(Duration.ofSeconds(99 * 36));
            assertThat(c.end()).isEqualTo(Duration.ofMinutes(60));
            assertThat(c.x()).isEqualTo(9 * 160);
            assertThat(c.y()).isEqualTo(9 * 284);
        });
    }
}
