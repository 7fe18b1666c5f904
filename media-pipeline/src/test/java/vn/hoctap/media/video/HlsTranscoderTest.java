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
        assertThat(result.file("audio.m4a").orElseThrow().bitRate()).isEqualTo(48_000);
        assertThat(result.file("poster.jpg").orElseThrow().width()).isEqualTo(640);
        assertThat(result.file("sprite.jpg").orElseThrow().kind()).isEqualTo(OutputKind.SPRITE);
        assertThat(result.file("storyboard.vtt").orElseThrow().kind()).isEqualTo(OutputKind.STORYBOARD);
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
        JsonNode picture = TestMedia.videoStream(jpeg);
        assertThat(picture.path("codec_name").asText()).isEqualTo("mjpeg");
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
