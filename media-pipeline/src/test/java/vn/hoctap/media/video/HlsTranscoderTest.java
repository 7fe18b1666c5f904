package vn.hoctap.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ProgressListener;
import vn.hoctap.media.process.ToolCancelledException;
import vn.hoctap.media.process.ToolTimeoutException;
import vn.hoctap.media.process.UnsupportedMediaException;

/** Real ffmpeg on small generated inputs; outputs checked with ffprobe. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HlsTranscoderTest {

    private final VideoProbe probe = new VideoProbe(TestMedia.PROGRAMS, TestMedia.TOOL, ProbeLimits.defaults());
    private final HlsTranscoder transcoder =
            new HlsTranscoder(probe, TestMedia.PROGRAMS, TestMedia.TOOL, LadderSettings.defaults());

    @TempDir
    Path out;

    @Test
    void a720pSourceWithSoundGetsThreeRungsAndEveryRendition() throws Exception {
        Path source = TestMedia.landscape720();
        List<Integer> progress = new CopyOnWriteArrayList<>();
        System.out.println("ffmpeg " + String.join(" ", transcoder.ffmpegArguments(source,
                transcoder.plan(probe.probe(source, Cancellation.never())))));

        TranscodeResult result = transcoder.transcode(source, out, progress::add, Cancellation.never());
        System.out.println("720p transcode took " + result.elapsed().toMillis() + " ms");

        assertThat(progress).startsWith(0).endsWith(100).isSorted().doesNotHaveDuplicates();
        assertThat(result.plan().rungs()).extracting(VideoRendition::resolution)
                .containsExactly("416x234", "640x360", "1280x720");

        String master = Files.readString(out.resolve("hls/master.m3u8"));
        assertThat(master).contains("#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"group_audio\"")
                .contains("URI=\"audio/index.m3u8\"");
        assertThat(streamInfs(master)).hasSize(4);
        assertVariant(master, "234p/index.m3u8", "416x234", 145_000 + 64_000);
        assertVariant(master, "360p/index.m3u8", "640x360", 600_000 + 64_000);
        assertVariant(master, "720p/index.m3u8", "1280x720", 1_500_000 + 64_000);

        for (String rung : List.of("234p", "360p", "720p", "audio")) {
            String playlist = Files.readString(out.resolve("hls/" + rung + "/index.m3u8"));
            assertThat(targetDuration(playlist)).isBetween(1, 7);
            assertThat(playlist).contains("#EXT-X-PLAYLIST-TYPE:VOD", "#EXT-X-MAP:URI=", "#EXT-X-ENDLIST");
        }

        Path lowest = TestMedia.joinRung(result, "234p", out.resolve("lowest.mp4"));
        JsonNode video = TestMedia.videoStream(lowest);
        assertThat(video.path("codec_name").asText()).isEqualTo("h264");
        assertThat(video.path("profile").asText()).isEqualTo("Main");
        assertThat(video.path("width").asInt()).isEqualTo(416);
        assertThat(video.path("height").asInt()).isEqualTo(234);
        assertThat(video.path("avg_frame_rate").asText()).isEqualTo("15/1");
        assertThat(video.path("r_frame_rate").asText()).isEqualTo("15/1");
        assertThat(TestMedia.keyframeTimes(lowest)).hasSize(3).satisfies(times -> {
            for (int i = 0; i < times.size(); i++) {
                assertThat(times.get(i)).isCloseTo(2.0 * i, within(0.1));
            }
        });
        Files.delete(lowest);

        JsonNode top = TestMedia.videoStream(TestMedia.joinRung(result, "720p", out.resolve("top.mp4")));
        assertThat(top.path("width").asInt()).isEqualTo(1280);
        assertThat(top.path("avg_frame_rate").asText()).isEqualTo("30/1");
        Files.delete(out.resolve("top.mp4"));

        JsonNode groupAudio = TestMedia.audioStream(TestMedia.joinRung(result, "audio", out.resolve("a.mp4")));
        assertThat(groupAudio.path("codec_name").asText()).isEqualTo("aac");
        assertThat(groupAudio.path("channels").asInt()).isEqualTo(2);
        Files.delete(out.resolve("a.mp4"));

        Path mp4 = out.resolve("video.mp4");
        assertThat(TestMedia.topLevelBoxes(mp4)).containsSubsequence("ftyp", "moov", "mdat");
        JsonNode mp4Video = TestMedia.videoStream(mp4);
        assertThat(mp4Video.path("codec_name").asText()).isEqualTo("h264");
        assertThat(mp4Video.path("profile").asText()).isEqualTo("Main");
        assertThat(mp4Video.path("width").asInt()).isEqualTo(640);
        assertThat(mp4Video.path("height").asInt()).isEqualTo(360);
        assertThat(TestMedia.audioStream(mp4).path("codec_name").asText()).isEqualTo("aac");

        Path low = out.resolve("video-low.mp4");
        assertThat(TestMedia.topLevelBoxes(low)).containsSubsequence("ftyp", "moov", "mdat");
        JsonNode lowVideo = TestMedia.videoStream(low);
        assertThat(lowVideo.path("codec_name").asText()).isEqualTo("h264");
        assertThat(lowVideo.path("profile").asText()).isEqualTo("Main");
        assertThat(lowVideo.path("width").asInt()).isEqualTo(416);
        assertThat(lowVideo.path("height").asInt()).isEqualTo(234);
        assertThat(lowVideo.path("r_frame_rate").asText()).isEqualTo("15/1");
        assertThat(lowVideo.path("avg_frame_rate").asText()).isEqualTo("15/1");
        JsonNode lowAudio = TestMedia.audioStream(low);
        assertThat(lowAudio.path("codec_name").asText()).isEqualTo("aac");
        assertThat(lowAudio.path("channels").asInt()).isEqualTo(1);

        assertAudioOnly(out.resolve("audio.m4a"));
        assertPicture(out.resolve("poster.jpg"), 640, 360);
        assertPicture(out.resolve("sprite.jpg"), 2 * 160, 90);
        assertThat(Files.readString(out.resolve("storyboard.vtt"))).isEqualTo("""
                WEBVTT

                00:00:00.000 --> 00:00:05.000
                sprite.jpg#xywh=0,0,160,90

                00:00:05.000 --> 00:00:06.000
                sprite.jpg#xywh=160,0,160,90
                """);

        assertListingMatchesDisk(result);
        assertThat(result.files(OutputKind.HLS_MASTER)).hasSize(1);
        assertThat(result.files(OutputKind.HLS_VARIANT_PLAYLIST)).extracting(ProducedFile::rendition)
                .containsExactlyInAnyOrder("234p", "360p", "720p", "audio");
        assertThat(result.files(OutputKind.HLS_INIT)).hasSize(4);
        assertThat(result.files(OutputKind.HLS_SEGMENT)).allSatisfy(s -> {
            assertThat(s.duration()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(6100));
            assertThat(s.sizeBytes()).isPositive();
        });
        ProducedFile top720 = result.files(OutputKind.HLS_SEGMENT).stream()
                .filter(f -> f.rendition().equals("720p")).findFirst().orElseThrow();
        assertThat(top720.width()).isEqualTo(1280);
        assertThat(top720.height()).isEqualTo(720);
        assertThat(top720.bitRate()).isEqualTo(1_500_000);
        assertThat(result.file("video.mp4").orElseThrow().kind()).isEqualTo(OutputKind.MP4);
        assertThat(result.files(OutputKind.MP4_LOW)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("video-low.mp4");
            assertThat(f.rendition()).isEqualTo("low");
            assertThat(f.width()).isEqualTo(416);
            assertThat(f.height()).isEqualTo(234);
            assertThat(f.bitRate()).isEqualTo(120_000 + 40_000);
            assertThat(f.duration()).isEqualTo(result.source().duration());
        });
        assertThat(result.file("audio.m4a").orElseThrow().bitRate()).isEqualTo(48_000);
        assertThat(result.file("poster.jpg").orElseThrow().width()).isEqualTo(640);
        assertThat(result.file("sprite.jpg").orElseThrow().kind()).isEqualTo(OutputKind.SPRITE);
        assertThat(result.file("storyboard.vtt").orElseThrow().kind()).isEqualTo(OutputKind.STORYBOARD);
    }

    @Test
    void a360pSourceGetsNoUpscaledRung() throws Exception {
        TranscodeResult result = transcoder.transcode(TestMedia.landscape360(), out, ProgressListener.NONE,
                Cancellation.never());

        assertThat(result.plan().rungs()).extracting(VideoRendition::resolution).containsExactly("416x234", "640x360");
        String master = Files.readString(out.resolve("hls/master.m3u8"));
        assertThat(streamInfs(master)).hasSize(3).noneMatch(l -> l.contains("1280x720"));
        assertVariant(master, "234p/index.m3u8", "416x234", 145_000 + 64_000);
        assertVariant(master, "360p/index.m3u8", "640x360", 600_000 + 64_000);
        assertThat(TestMedia.videoStream(out.resolve("video.mp4")).path("width").asInt()).isEqualTo(640);
        assertListingMatchesDisk(result);
    }

    @Test
    void aPortraitSourceGetsPortraitRungs() throws Exception {
        TranscodeResult result = transcoder.transcode(TestMedia.portrait720(), out, ProgressListener.NONE,
                Cancellation.never());

        assertThat(result.plan().rungs()).extracting(VideoRendition::resolution)
                .containsExactly("234x416", "360x640", "720x1280");
        assertThat(result.plan().rungs()).extracting(VideoRendition::name).containsExactly("234p", "360p", "720p");
        String master = Files.readString(out.resolve("hls/master.m3u8"));
        assertVariant(master, "234p/index.m3u8", "234x416", 145_000 + 64_000);
        assertVariant(master, "720p/index.m3u8", "720x1280", 1_500_000 + 64_000);
        JsonNode lowest = TestMedia.videoStream(TestMedia.joinRung(result, "234p", out.resolve("lowest.mp4")));
        assertThat(lowest.path("width").asInt()).isEqualTo(234);
        assertThat(lowest.path("height").asInt()).isEqualTo(416);
        assertPicture(out.resolve("video.mp4"), "h264", 360, 640);
        assertPicture(out.resolve("video-low.mp4"), "h264", 234, 416);
        assertThat(TestMedia.videoStream(out.resolve("video-low.mp4")).path("avg_frame_rate").asText())
                .isEqualTo("15/1");
        assertThat(result.file("video-low.mp4").orElseThrow()).satisfies(f -> {
            assertThat(f.width()).isEqualTo(234);
            assertThat(f.height()).isEqualTo(416);
        });
        assertPicture(out.resolve("poster.jpg"), 360, 640);
        assertPicture(out.resolve("sprite.jpg"), 160, 284);
    }

    @Test
    void aRotatedPhoneClipIsTurnedUpright() throws Exception {
        TranscodeResult result = transcoder.transcode(TestMedia.rotatedPhoneClip(), out, ProgressListener.NONE,
                Cancellation.never());

        assertThat(result.source().video().orElseThrow().rotation()).isEqualTo(90);
        assertThat(result.plan().rungs()).extracting(VideoRendition::resolution).containsExactly("234x416", "360x640");
        Path lowest = TestMedia.joinRung(result, "234p", out.resolve("lowest.mp4"));
        JsonNode video = TestMedia.videoStream(lowest);
        assertThat(video.path("width").asInt()).isEqualTo(234);
        assertThat(video.path("height").asInt()).isEqualTo(416);
        assertThat(video.path("side_data_list").toString()).doesNotContain("rotation");
        JsonNode mp4 = TestMedia.videoStream(out.resolve("video.mp4"));
        assertThat(mp4.path("width").asInt()).isEqualTo(360);
        assertThat(mp4.path("height").asInt()).isEqualTo(640);
        assertThat(mp4.path("side_data_list").toString()).doesNotContain("rotation");
        JsonNode low = TestMedia.videoStream(out.resolve("video-low.mp4"));
        assertThat(low.path("width").asInt()).isEqualTo(234);
        assertThat(low.path("height").asInt()).isEqualTo(416);
        assertThat(low.path("side_data_list").toString()).doesNotContain("rotation");
        assertPicture(out.resolve("poster.jpg"), 360, 640);
    }

    @Test
    void oddDimensionsBecomeEven() throws Exception {
        TranscodeResult result = transcoder.transcode(TestMedia.oddWebm(), out, ProgressListener.NONE,
                Cancellation.never());

        assertThat(result.source().container()).isEqualTo("matroska,webm");
        assertThat(result.plan().rungs()).extracting(VideoRendition::resolution).containsExactly("416x232", "640x358");
        JsonNode top = TestMedia.videoStream(TestMedia.joinRung(result, "358p", out.resolve("top.mp4")));
        assertThat(top.path("codec_name").asText()).isEqualTo("h264");
        assertThat(top.path("width").asInt()).isEqualTo(640);
        assertThat(top.path("height").asInt()).isEqualTo(358);
        assertPicture(out.resolve("video.mp4"), "h264", 640, 358);
        assertPicture(out.resolve("video-low.mp4"), "h264", 416, 232);
        assertThat(TestMedia.audioStream(out.resolve("video.mp4")).path("codec_name").asText()).isEqualTo("aac");
    }

    @Test
    void anInterlacedAnamorphicSourceBecomesProgressiveWithSquarePixels() throws Exception {
        TranscodeResult result = transcoder.transcode(TestMedia.interlacedPal(), out, ProgressListener.NONE,
                Cancellation.never());

        assertThat(result.plan().rungs()).extracting(VideoRendition::resolution, VideoRendition::frameRate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("312x234", new FrameRate(25, 2)),
                        org.assertj.core.groups.Tuple.tuple("480x360", FrameRate.of(25)));
        assertThat(result.plan().download().orElseThrow().resolution()).isEqualTo("480x360");
        assertThat(result.plan().storyboard().orElseThrow().thumbHeight()).isEqualTo(120);
        JsonNode mp4 = TestMedia.videoStream(out.resolve("video.mp4"));
        assertThat(mp4.path("width").asInt()).isEqualTo(480);
        assertThat(mp4.path("height").asInt()).isEqualTo(360);
        assertThat(mp4.path("sample_aspect_ratio").asText()).isEqualTo("1:1");
        assertThat(mp4.path("field_order").asText("progressive")).isEqualTo("progressive");
        JsonNode lowest = TestMedia.videoStream(TestMedia.joinRung(result, "234p", out.resolve("lowest.mp4")));
        assertThat(lowest.path("avg_frame_rate").asText()).isEqualTo("25/2");
    }

    @Test
    void aSilentSmallSourceGetsOneRungAtItsSizeAndNoAudio() throws Exception {
        TranscodeResult result = transcoder.transcode(TestMedia.smallSilent(), out, ProgressListener.NONE,
                Cancellation.never());

        assertThat(result.plan().rungs()).singleElement().satisfies(r -> {
            assertThat(r.resolution()).isEqualTo("320x180");
            assertThat(r.frameRate()).isEqualTo(FrameRate.of(25).cappedTo(FrameRate.of(15)));
        });
        String master = Files.readString(out.resolve("hls/master.m3u8"));
        assertThat(master).doesNotContain("EXT-X-MEDIA", "AUDIO=", "mp4a");
        assertThat(streamInfs(master)).singleElement().asString().contains("RESOLUTION=320x180");
        String playlist = Files.readString(out.resolve("hls/180p/index.m3u8"));
        assertThat(targetDuration(playlist)).isLessThanOrEqualTo(7);
        assertThat(result.files(OutputKind.HLS_SEGMENT)).extracting(f -> f.duration().toMillis())
                .satisfiesExactly(d -> assertThat(d).isBetween(5900L, 6100L),
                        d -> assertThat(d).isBetween(5900L, 6100L),
                        d -> assertThat(d).isBetween(900L, 1100L));
        assertThat(TestMedia.ffprobe(out.resolve("video.mp4"), "-show_streams").path("streams")).hasSize(1);
        JsonNode low = TestMedia.ffprobe(out.resolve("video-low.mp4"), "-show_streams").path("streams");
        assertThat(low).singleElement().satisfies(stream -> {
            assertThat(stream.path("codec_type").asText()).isEqualTo("video");
            assertThat(stream.path("width").asInt()).isEqualTo(320);
            assertThat(stream.path("height").asInt()).isEqualTo(180);
            assertThat(stream.path("avg_frame_rate").asText()).isEqualTo("25/2"); // as the ladder's rung
        });
        assertThat(TestMedia.topLevelBoxes(out.resolve("video-low.mp4"))).containsSubsequence("moov", "mdat");
        assertThat(result.file("video-low.mp4").orElseThrow().bitRate())
                .isEqualTo(result.plan().lowMp4().orElseThrow().videoBitRate());
        assertThat(result.files(OutputKind.AUDIO)).isEmpty();
        assertThat(out.resolve("audio.m4a")).doesNotExist();
        assertThat(result.files()).extracting(ProducedFile::kind).doesNotContain(OutputKind.AUDIO);
        assertPicture(out.resolve("sprite.jpg"), 3 * 160, 90);
        assertThat(Files.readString(out.resolve("storyboard.vtt")))
                .contains("00:00:10.000 --> 00:00:13.000\nsprite.jpg#xywh=320,0,160,90\n");
        assertListingMatchesDisk(result);
    }

    @Test
    void anAudioOnlySourceGetsOnlyTheAudioRendition() throws Exception {
        List<Integer> progress = new CopyOnWriteArrayList<>();
        Path target = out.resolve("not/yet/there");
        TranscodeResult result = transcoder.transcode(TestMedia.toneM4a(), target, progress::add,
                Cancellation.never());

        assertThat(result.outputDirectory()).isEqualTo(target);
        assertThat(result.plan().hasVideo()).isFalse();
        assertThat(result.files()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(OutputKind.AUDIO);
            assertThat(f.path()).isEqualTo("audio.m4a");
            assertThat(f.width()).isZero();
        });
        assertAudioOnly(target.resolve("audio.m4a"));
        assertThat(target.resolve("video-low.mp4")).doesNotExist();
        assertThat(result.plan().lowMp4()).isEmpty();
        assertThat(progress).endsWith(100);
    }

    @Test
    void coverArtDoesNotMakeAnMp3AVideo() throws Exception {
        TranscodeResult result = transcoder.transcode(TestMedia.toneWithCoverArt(), out, ProgressListener.NONE,
                Cancellation.never());

        assertThat(result.source().hasVideo()).isFalse();
        assertThat(result.files()).extracting(ProducedFile::path).containsExactly("audio.m4a");
        assertAudioOnly(out.resolve("audio.m4a"));
    }

    @Test
    void aVariableFrameRateSourceBecomesConstant() throws Exception {
        TranscodeResult result = transcoder.transcode(TestMedia.variableFrameRate(), out, ProgressListener.NONE,
                Cancellation.never());

        assertThat(result.source().video().orElseThrow().variableFrameRate()).isTrue();
        JsonNode rung = TestMedia.videoStream(TestMedia.joinRung(result, "180p", out.resolve("rung.mp4")));
        assertThat(rung.path("r_frame_rate").asText()).isEqualTo("15/1");
        assertThat(rung.path("avg_frame_rate").asText()).isEqualTo("15/1");
        JsonNode mp4 = TestMedia.videoStream(out.resolve("video.mp4"));
        assertThat(mp4.path("r_frame_rate").asText()).isEqualTo(mp4.path("avg_frame_rate").asText());
        assertThat(mp4.path("nb_frames").asInt())
                .isCloseTo((int) Math.round(5 * FrameRate.parse(mp4.path("avg_frame_rate").asText())
                        .orElseThrow().fps()), within(2));
    }

    /**
     * The low-bandwidth packages allow 15 MB per 10 minutes of video: the lowest-rung MP4 of a noisy, moving minute
     * (the worst case for an encoder's rate control), downscaled or already at the rung's size, stays under 1.5 MB,
     * container included.
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void theLowestRungMp4OfANoisyMinuteStaysUnderFifteenMegabytesPerTenMinutes() throws Exception {
        for (Path source : List.of(TestMedia.noisyMinute(), TestMedia.grainySmallMinute())) {
            Path output = out.resolve(source.getFileName().toString());

            TranscodeResult result = transcoder.transcode(source, output, ProgressListener.NONE, Cancellation.never());

            ProducedFile low = result.file("video-low.mp4").orElseThrow();
            double minutes = result.source().duration().toMillis() / 60_000.0;
            long bytesPerTenMinutes = Math.round(low.sizeBytes() / minutes * 10);
            System.out.printf("lowest-rung MP4 of %s (%.2f min): %d bytes, %d bytes/min, %d bytes per 10 min%n",
                    source.getFileName(), minutes, low.sizeBytes(), Math.round(low.sizeBytes() / minutes),
                    bytesPerTenMinutes);
            assertThat(minutes).isCloseTo(1.0, within(0.02));
            assertThat(bytesPerTenMinutes).isLessThan(15_000_000L);
            JsonNode video = TestMedia.videoStream(output.resolve("video-low.mp4"));
            assertThat(video.path("width").asInt()).isEqualTo(416);
            assertThat(video.path("height").asInt()).isEqualTo(234);
            assertThat(video.path("nb_frames").asInt()).isCloseTo(900, within(2));
            assertThat(TestMedia.audioStream(output.resolve("video-low.mp4")).path("channels").asInt()).isEqualTo(1);
        }
    }

    @Test
    void cancellingKillsFfmpegAndLeavesTheDirectoryEmpty() throws Exception {
        Path source = TestMedia.landscape720();
        Cancellation cancellation = Cancellation.create();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<TranscodeResult> run = CompletableFuture.supplyAsync(() -> transcoder.transcode(source, out,
                p -> started.countDown(), cancellation));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(700);
        long cancelled = System.nanoTime();

        cancellation.cancel();

        assertThatThrownBy(() -> run.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(ToolCancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).isLessThan(Duration.ofSeconds(5));
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void aTimeoutKillsFfmpegAndLeavesTheDirectoryEmpty() {
        HlsTranscoder impatient = transcoder.withTimeout(Duration.ofMillis(500), 0);

        assertThatThrownBy(() -> impatient.transcode(TestMedia.landscape720(), out, ProgressListener.NONE,
                Cancellation.never())).isInstanceOfSatisfying(ToolTimeoutException.class,
                        e -> assertThat(e.program()).isEqualTo("ffmpeg"));
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void badInputIsRefusedBeforeFfmpegRuns() {
        assertThatThrownBy(() -> transcoder.transcode(TestMedia.textAsMp4(), out, ProgressListener.NONE,
                Cancellation.never())).isInstanceOfSatisfying(UnsupportedMediaException.class,
                        e -> assertThat(e.isRetryable()).isFalse());
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void theOutputDirectoryMustBeEmpty() throws IOException {
        Files.writeString(out.resolve("left-over.txt"), "x");

        assertThatThrownBy(() -> transcoder.transcode(TestMedia.landscape360(), out, ProgressListener.NONE,
                Cancellation.never())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
        assertThat(out.resolve("left-over.txt")).exists();
    }

    private static List<String> streamInfs(String master) {
        return master.lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF:")).toList();
    }

    private static void assertVariant(String master, String uri, String resolution, long plannedBandwidth) {
        List<String> lines = master.lines().toList();
        int at = lines.indexOf(uri);
        assertThat(at).as(uri + " listed").isPositive();
        String inf = lines.get(at - 1);
        assertThat(inf).startsWith("#EXT-X-STREAM-INF:").contains("RESOLUTION=" + resolution)
                .contains("AUDIO=\"group_audio\"").contains("mp4a.40.2").contains("avc1.4d");
        long bandwidth = Long.parseLong(inf.replaceAll(".*[:,]BANDWIDTH=(\\d+).*", "$1"));
        assertThat(bandwidth).isBetween(plannedBandwidth * 6 / 10, plannedBandwidth * 16 / 10);
    }

    private static int targetDuration(String playlist) {
        return playlist.lines().filter(l -> l.startsWith("#EXT-X-TARGETDURATION:"))
                .map(l -> Integer.parseInt(l.substring("#EXT-X-TARGETDURATION:".length())))
                .findFirst().orElseThrow();
    }

    private static void assertAudioOnly(Path m4a) {
        assertThat(TestMedia.topLevelBoxes(m4a)).containsSubsequence("moov", "mdat");
        JsonNode probe = TestMedia.ffprobe(m4a, "-show_streams");
        assertThat(probe.path("streams")).hasSize(1);
        JsonNode audio = probe.path("streams").path(0);
        assertThat(audio.path("codec_name").asText()).isEqualTo("aac");
        assertThat(audio.path("channels").asInt()).isEqualTo(1);
        assertThat(audio.path("bit_rate").asLong()).isBetween(36_000L, 60_000L);
    }

    private static void assertPicture(Path jpeg, int width, int height) {
        assertPicture(jpeg, "mjpeg", width, height);
    }

    private static void assertPicture(Path file, String codec, int width, int height) {
        JsonNode picture = TestMedia.videoStream(file);
        assertThat(picture.path("codec_name").asText()).isEqualTo(codec);
        assertThat(picture.path("width").asInt()).isEqualTo(width);
        assertThat(picture.path("height").asInt()).isEqualTo(height);
    }

    private void assertListingMatchesDisk(TranscodeResult result) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            List<String> onDisk = walk.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString()).sorted().toList();
            assertThat(result.files()).extracting(ProducedFile::path).containsExactlyElementsOf(onDisk);
        }
        for (ProducedFile file : result.files()) {
            assertThat(file.sizeBytes()).isEqualTo(Files.size(file.file())).isPositive();
            assertThat(file.sha256()).isEqualTo(sha256(file.file()));
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
