package vn.hoctap.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.MediaProcessException;
import vn.hoctap.media.process.UnsupportedMediaException;
import vn.hoctap.media.process.UnsupportedMediaException.Reason;

/** ffprobe on generated files, and the JSON rules on hand-written ffprobe output. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VideoProbeTest {

    private final VideoProbe probe = new VideoProbe(TestMedia.PROGRAMS, TestMedia.TOOL, ProbeLimits.defaults());

    private MediaInfo probe(Path file) {
        return probe.probe(file, Cancellation.never());
    }

    @Test
    void describesAVideoWithSound() {
        MediaInfo info = probe(TestMedia.landscape720());

        assertThat(info.container()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(info.duration().toMillis()).isCloseTo(6000, within(100L));
        assertThat(info.bitRate()).isPositive();
        assertThat(info.sizeBytes()).isPositive();
        VideoStreamInfo video = info.video().orElseThrow();
        assertThat(video.codec()).isEqualTo("h264");
        assertThat(video.width()).isEqualTo(1280);
        assertThat(video.height()).isEqualTo(720);
        assertThat(video.rotation()).isZero();
        assertThat(video.frameRate()).isEqualTo(FrameRate.of(30));
        assertThat(video.variableFrameRate()).isFalse();
        assertThat(video.interlaced()).isFalse();
        AudioStreamInfo audio = info.audio().orElseThrow();
        assertThat(audio.codec()).isEqualTo("aac");
        assertThat(audio.channels()).isEqualTo(2);
        assertThat(audio.sampleRate()).isEqualTo(44_100);
    }

    @Test
    void appliesTheDisplayRotation() {
        VideoStreamInfo video = probe(TestMedia.rotatedPhoneClip()).video().orElseThrow();

        assertThat(video.codedWidth()).isEqualTo(640);
        assertThat(video.codedHeight()).isEqualTo(360);
        assertThat(video.rotation()).isEqualTo(90);
        assertThat(video.width()).isEqualTo(360);
        assertThat(video.height()).isEqualTo(640);
        assertThat(video.portrait()).isTrue();
    }

    @Test
    void detectsAVariableFrameRate() {
        VideoStreamInfo video = probe(TestMedia.variableFrameRate()).video().orElseThrow();

        assertThat(video.variableFrameRate()).isTrue();
        assertThat(video.frameRate().fps()).isLessThan(30);
    }

    @Test
    void readsWebmWithOddDimensions() {
        MediaInfo info = probe(TestMedia.oddWebm());

        assertThat(info.container()).isEqualTo("matroska,webm");
        assertThat(info.video().orElseThrow().codec()).isEqualTo("vp8");
        assertThat(info.video().orElseThrow().width()).isEqualTo(641);
        assertThat(info.video().orElseThrow().height()).isEqualTo(359);
        assertThat(info.audio().orElseThrow().codec()).isEqualTo("opus");
    }

    @Test
    void readsAnInterlacedAnamorphicTransportStream() {
        MediaInfo info = probe(TestMedia.interlacedPal());

        assertThat(info.container()).isEqualTo("mpegts");
        VideoStreamInfo video = info.video().orElseThrow();
        assertThat(video.codec()).isEqualTo("mpeg2video");
        assertThat(video.interlaced()).isTrue();
        assertThat(video.codedWidth()).isEqualTo(720);
        assertThat(video.width()).isEqualTo(768);
        assertThat(video.height()).isEqualTo(576);
        assertThat(video.frameRate()).isEqualTo(FrameRate.of(25));
    }

    @Test
    void soundOnlyFilesHaveNoVideoEvenWithCoverArt() {
        MediaInfo mp3 = probe(TestMedia.toneMp3());
        MediaInfo withCover = probe(TestMedia.toneWithCoverArt());

        assertThat(mp3.hasVideo()).isFalse();
        assertThat(mp3.audio().orElseThrow().channels()).isEqualTo(1);
        assertThat(withCover.hasVideo()).isFalse();
        assertThat(withCover.audio().orElseThrow().codec()).isEqualTo("mp3");
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(TestMedia.zeroBytes(), Reason.EMPTY_FILE);
    }

    @Test
    void refusesATruncatedFile() {
        assertRefused(TestMedia.truncated(), Reason.UNREADABLE);
    }

    @Test
    void refusesRandomBytes() {
        assertRefused(TestMedia.randomBytes(), Reason.UNREADABLE);
    }

    @Test
    void refusesATextFileNamedMp4() {
        assertRefused(TestMedia.textAsMp4(), Reason.UNREADABLE);
    }

    @Test
    void refusesAPlaylistWithoutFollowingIt() {
        assertRefused(TestMedia.playlistAsMp4(), Reason.UNREADABLE);
    }

    @Test
    void refusesPicturesBeyondTheLimitsBeforeDecoding() {
        assertRefused(TestMedia.tooWide(), Reason.DIMENSIONS_TOO_LARGE);
        assertRefused(TestMedia.tooManyPixels(), Reason.DIMENSIONS_TOO_LARGE);
    }

    @Test
    void aMissingFileIsTheCallersMistake(@TempDir Path dir) {
        assertThatThrownBy(() -> probe(dir.resolve("missing.mp4"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> probe(dir)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsArePermanentAndDoNotLeakTheServersPaths() {
        Path file = TestMedia.randomBytes();

        assertThatThrownBy(() -> probe(file)).isInstanceOfSatisfying(UnsupportedMediaException.class, e -> {
            assertThat(e.kind()).isEqualTo(MediaProcessException.Kind.PERMANENT);
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).startsWith("The file is not a readable audio or video file")
                    .doesNotContain(file.getParent().toString());
        });
    }

    // ffprobe JSON written by hand, for cases that are costly to produce

    private static final ProbeLimits LIMITS = ProbeLimits.defaults();

    @Test
    void theOldRotateTagAlsoTurnsThePicture() {
        MediaInfo info = VideoProbe.parse(json(video("1920", "1080", "\"tags\":{\"rotate\":\"270\"}")), 1, LIMITS);

        assertThat(info.video().orElseThrow().rotation()).isEqualTo(270);
        assertThat(info.video().orElseThrow().width()).isEqualTo(1080);
        assertThat(info.video().orElseThrow().height()).isEqualTo(1920);
    }

    @Test
    void negativeDisplayMatrixRotationsAreNormalised() {
        MediaInfo info = VideoProbe.parse(json(video("1920", "1080",
                "\"side_data_list\":[{\"side_data_type\":\"Display Matrix\",\"rotation\":-90}]")), 1, LIMITS);

        assertThat(info.video().orElseThrow().rotation()).isEqualTo(270);
        assertThat(info.video().orElseThrow().portrait()).isTrue();
    }

    @Test
    void nonSquarePixelsWidenThePicture() {
        MediaInfo info = VideoProbe.parse(json(video("720", "576", "\"sample_aspect_ratio\":\"16:15\"")), 1, LIMITS);

        assertThat(info.video().orElseThrow().width()).isEqualTo(768);
        assertThat(info.video().orElseThrow().height()).isEqualTo(576);
    }

    @Test
    void interlacedFieldOrderIsDetected() {
        MediaInfo info = VideoProbe.parse(json(video("720", "576", "\"field_order\":\"tt\"")), 1, LIMITS);

        assertThat(info.video().orElseThrow().interlaced()).isTrue();
    }

    @Test
    void refusesFilesWithoutAudioOrVideo() {
        String subtitlesOnly = "{\"streams\":[{\"index\":0,\"codec_type\":\"subtitle\",\"codec_name\":\"subrip\"}],"
                + "\"format\":{\"format_name\":\"matroska,webm\",\"duration\":\"5.0\"}}";

        assertParseRefused(subtitlesOnly, Reason.NO_MEDIA_STREAMS);
        assertParseRefused("{\"streams\":[],\"format\":{}}", Reason.NO_MEDIA_STREAMS);
        assertParseRefused("not json", Reason.UNREADABLE);
    }

    @Test
    void refusesUnknownOrExcessiveDurations() {
        assertParseRefused(json(video("640", "360", "\"x\":0")).replace("\"duration\":\"6.0\"", "\"duration\":\"N/A\""),
                Reason.UNKNOWN_DURATION);
        assertParseRefused(json(video("640", "360", "\"x\":0")).replace("\"duration\":\"6.0\"",
                "\"duration\":\"" + (Duration.ofHours(6).toSeconds() + 1) + "\""), Reason.TOO_LONG);
    }

    @Test
    void refusesUndecodableCodecsAndTinyOrHugePictures() {
        assertParseRefused(json(video("640", "360", "\"x\":0").replace("\"codec_name\":\"h264\",", "")),
                Reason.UNSUPPORTED_CODEC);
        assertParseRefused(json(video("8", "8", "\"x\":0")), Reason.DIMENSIONS_TOO_SMALL);
        assertParseRefused(json(video("0", "0", "\"x\":0")), Reason.DIMENSIONS_TOO_SMALL);
        assertParseRefused(json(video("8192", "8192", "\"x\":0")), Reason.DIMENSIONS_TOO_LARGE);
        assertParseRefused(json(video("4000", "4000", "\"sample_aspect_ratio\":\"3:1\"")),
                Reason.DIMENSIONS_TOO_LARGE);
    }

    private static String video(String width, String height, String extra) {
        return "{\"index\":0,\"codec_type\":\"video\",\"codec_name\":\"h264\",\"width\":" + width + ",\"height\":"
                + height + ",\"avg_frame_rate\":\"25/1\",\"r_frame_rate\":\"25/1\"," + extra + "}";
    }

    private static String json(String stream) {
        return "{\"streams\":[" + stream + "],\"format\":{\"format_name\":\"mov,mp4,m4a,3gp,3g2,mj2\","
                + "\"duration\":\"6.0\",\"bit_rate\":\"1000000\"}}";
    }

    private void assertRefused(Path file, Reason reason) {
        assertThatThrownBy(() -> probe(file)).isInstanceOfSatisfying(UnsupportedMediaException.class,
                e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }

    private static void assertParseRefused(String json, Reason reason) {
        assertThatThrownBy(() -> VideoProbe.parse(json, 1, LIMITS)).isInstanceOfSatisfying(
                UnsupportedMediaException.class, e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }
}
