package vn.hoctap.media.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.media.asset.AssetEvent;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.asset.MediaIntake;
import vn.hoctap.media.asset.UnsupportedUploadException;
import vn.hoctap.media.asset.UploadLimits;
import vn.hoctap.media.captions.AssetCaptions;
import vn.hoctap.media.captions.InvalidCaptionsException;
import vn.hoctap.media.detect.MediaTypeDetector;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.slides.SlideDeckProcessor;
import vn.hoctap.media.video.HlsTranscoder;
import vn.hoctap.media.video.LadderSettings;
import vn.hoctap.media.video.ProbeLimits;
import vn.hoctap.media.video.VideoProbe;
import vn.hoctap.testing.DatabaseEngine;

/**
 * Uploads through durable jobs on a real database, a real object store directory and the real FFmpeg: an
 * upload becomes a READY asset with its renditions stored and listed, the same bytes are one asset, bad input
 * ends FAILED with its reason and the original kept, and an unsupported type is refused with nothing stored.
 */
abstract class MediaJobsContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path clip;

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private DataSource dataSource;
    private AssetProcessing processing;
    private ObjectStore store;
    private MediaJobs jobs;
    private MediaIntake intake;

    abstract DatabaseEngine engine();

    @BeforeAll
    static void makeClip() throws Exception {
        clip = shared.resolve("clip.mp4");
        Process ffmpeg = new ProcessBuilder(FfmpegPrograms.bundled().ffmpeg().toString(), "-hide_banner", "-loglevel",
                "error", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=3", "-f", "lavfi", "-i",
                "sine=frequency=440:duration=3", "-c:v", "libopenh264", "-c:a", "aac", "-shortest", clip.toString())
                .redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor()).as(new String(ffmpeg.getInputStream().readAllBytes())).isZero();
    }

    @BeforeEach
    void start() {
        dataSource = engine().freshDataSource();
        LocalTransactor transactor = new LocalTransactor(dataSource);
        store = new FileSystemObjectStore(temp.resolve("objects"), new SignedUrlSigner(SignedUrlSigner.generateSecret(),
                Clock.systemUTC()), Clock.systemUTC());
        FfmpegPrograms programs = FfmpegPrograms.bundled();
        HlsTranscoder transcoder = new HlsTranscoder(new VideoProbe(programs, ExternalTool.lowPriority(),
                ProbeLimits.defaults()), programs, ExternalTool.lowPriority(), LadderSettings.defaults());
        processing = new AssetProcessing(transactor, new AssetRepository(), store, transcoder,
                SlideDeckProcessor.onThisMachine(), temp.resolve("work"), Clock.systemUTC());
        jobs = new MediaJobs(dataSource, processing, 1, Duration.ofMillis(200), Duration.ofSeconds(5), 2,
                Duration.ofSeconds(1));
        intake = new MediaIntake(store, transactor, new AssetRepository(), new MediaTypeDetector(), jobs::submit,
                UploadLimits.defaults(), Clock.systemUTC());
        jobs.start();
    }

    @AfterEach
    void stop() {
        jobs.close();
    }

    private MediaAsset awaitSettled(UUID id) throws InterruptedException {
        return await(id, a -> a.status().isSettled(), "processed");
    }

    /** The asset once it satisfies {@code condition}, polled every 200 ms for at most 2 minutes. */
    private MediaAsset await(UUID id, java.util.function.Predicate<MediaAsset> condition, String what)
            throws InterruptedException {
        LocalTransactor transactor = new LocalTransactor(dataSource);
        for (int i = 0; i < 600; i++) {
            MediaAsset asset = transactor.inTransaction(c -> new AssetRepository().byId(c, id)).orElseThrow();
            if (condition.test(asset)) {
                return asset;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("asset " + id + " not " + what + " in 2 minutes");
    }

    private List<AssetEvent> history(UUID id) {
        return new LocalTransactor(dataSource).inTransaction(c -> new AssetRepository().history(c, id));
    }

    @Test
    void an_uploaded_video_becomes_a_ready_asset_with_every_rendition_stored_and_listed() throws Exception {
        MediaAsset received;
        try (InputStream upload = Files.newInputStream(clip)) {
            received = intake.receive(upload, Optional.of("bai-1.mov")).asset();
        }

        MediaAsset ready = awaitSettled(received.id());

        assertThat(ready.status()).as(history(received.id()).toString()).isEqualTo(AssetStatus.READY);
        JsonNode manifest = JSON.readTree(ready.manifest().orElseThrow());
        assertThat(manifest.get("renditions").findValuesAsText("kind"))
                .contains("HLS_MASTER", "HLS_VARIANT_PLAYLIST", "HLS_SEGMENT", "MP4", "MP4_LOW", "AUDIO", "POSTER",
                        "SPRITE", "STORYBOARD");
        JsonNode low = java.util.stream.StreamSupport.stream(manifest.get("renditions").spliterator(), false)
                .filter(r -> r.path("kind").asText().equals("MP4_LOW")).findFirst().orElseThrow();
        assertThat(low.path("path").asText()).isEqualTo("video-low.mp4");
        assertThat(low.path("key").asText()).isEqualTo("media/assets/" + received.id() + "/video-low.mp4");
        assertThat(low.path("rendition").asText()).isEqualTo("low");
        assertThat(low.path("width").asInt()).isEqualTo(416);
        assertThat(low.path("height").asInt()).isEqualTo(234);
        assertThat(low.path("bitRate").asLong()).isEqualTo(120_000 + 40_000);
        assertThat(low.path("durationSeconds").asDouble()).isEqualTo(manifest.path("durationSeconds").asDouble());
        assertThat(low.path("bytes").asLong()).isPositive();
        assertThat(low.path("sha256").asText()).hasSize(64);
        assertThat(low.path("mediaType").asText()).isEqualTo("video/mp4");
        for (JsonNode rendition : manifest.get("renditions")) {
            assertThat(store.stat(rendition.get("key").asText()))
                    .hasValueSatisfying(o -> assertThat(o.sha256()).isEqualTo(rendition.get("sha256").asText()));
        }
        assertThat(store.exists(received.originalKey())).isTrue();
        assertThat(history(received.id())).extracting(AssetEvent::status)
                .containsSubsequence(AssetStatus.RECEIVED, AssetStatus.PROCESSING, AssetStatus.READY);
    }

    @Test
    void the_same_bytes_uploaded_twice_are_one_asset_and_the_second_copy_is_not_kept() throws Exception {
        MediaAsset first;
        MediaAsset second;
        try (InputStream upload = Files.newInputStream(clip)) {
            first = intake.receive(upload, Optional.of("a.mp4")).asset();
        }
        try (InputStream upload = Files.newInputStream(clip)) {
            var again = intake.receive(upload, Optional.of("b.mp4"));
            assertThat(again.duplicate()).isTrue();
            second = again.asset();
        }

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(store.list("media/originals/")).hasSize(1);
        awaitSettled(first.id());
    }

    @Test
    void a_truncated_video_fails_with_its_reason_and_the_original_is_kept() throws Exception {
        byte[] bytes = Files.readAllBytes(clip);
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 3);
        MediaAsset received = intake.receive(new ByteArrayInputStream(truncated), Optional.of("broken.mp4")).asset();

        MediaAsset failed = awaitSettled(received.id());

        assertThat(failed.status()).isEqualTo(AssetStatus.FAILED);
        assertThat(history(received.id()).get(history(received.id()).size() - 1).reason()).isNotBlank();
        assertThat(store.stat(received.originalKey())).hasValueSatisfying(o -> assertThat(o.size()).isEqualTo(truncated.length));
    }

    @Test
    void an_unsupported_upload_is_refused_and_nothing_is_stored() {
        byte[] random = new byte[4096];
        new java.util.Random(3).nextBytes(random);

        assertThatThrownBy(() -> intake.receive(new ByteArrayInputStream(random), Optional.of("video.mp4")))
                .isInstanceOf(UnsupportedUploadException.class);
        assertThat(store.list("media/")).isEmpty();
    }

    @Test
    void hostile_inputs_end_as_failed_jobs_with_clear_reasons_and_the_originals_are_kept() throws Exception {
        Path huge = ffmpeg("huge.mkv", "-f", "lavfi", "-i", "color=s=7000x6000:r=1:d=1", "-frames:v", "1", "-c:v", "mjpeg");
        Path bomb = zipBomb(temp.resolve("bomb.pptx"));
        Map<String, String> expected = Map.of("huge.mkv", "pixels", "bomb.pptx", "decompression bomb");

        for (Path input : List.of(huge, bomb)) {
            MediaAsset received;
            try (InputStream upload = Files.newInputStream(input)) {
                received = intake.receive(upload, Optional.of(input.getFileName().toString())).asset();
            }
            MediaAsset failed = awaitSettled(received.id());

            List<AssetEvent> history = history(received.id());
            assertThat(failed.status()).as(history.toString()).isEqualTo(AssetStatus.FAILED);
            assertThat(history.get(history.size() - 1).reason()).as(input.toString())
                    .containsIgnoringCase(expected.get(input.getFileName().toString()));
            long size = Files.size(input);
            assertThat(store.stat(received.originalKey())).hasValueSatisfying(o -> assertThat(o.size()).isEqualTo(size));
            assertThat(store.list("media/assets/" + received.id() + "/")).isEmpty();
        }
    }

    @Test
    void an_uploaded_photo_becomes_a_ready_image_with_large_small_and_thumbnail_renditions() throws Exception {
        Path photo = ffmpeg("cover.jpg", "-f", "lavfi", "-i", "testsrc2=size=2000x1500", "-frames:v", "1");
        MediaAsset received;
        try (InputStream upload = Files.newInputStream(photo)) {
            received = intake.receive(upload, Optional.of("cover.jpg")).asset();
        }

        MediaAsset ready = awaitSettled(received.id());

        assertThat(ready.status()).as(history(received.id()).toString()).isEqualTo(AssetStatus.READY);
        JsonNode manifest = JSON.readTree(ready.manifest().orElseThrow());
        assertThat(manifest.get("kind").asText()).isEqualTo("IMAGE");
        assertThat(manifest.get("image").get("width").asInt()).isEqualTo(2000);
        assertThat(manifest.get("renditions").findValuesAsText("rendition")).containsExactly("large", "small", "thumbnail");
        assertThat(manifest.get("renditions").findValuesAsText("width")).containsExactly("1280", "480", "160");
        assertThat(manifest.get("large").get("height").asInt()).isEqualTo(960);
        for (JsonNode rendition : manifest.get("renditions")) {
            assertThat(rendition.get("mediaType").asText()).isEqualTo("image/jpeg");
            assertThat(store.stat(rendition.get("key").asText())).hasValueSatisfying(o -> {
                assertThat(o.sha256()).isEqualTo(rendition.get("sha256").asText());
                assertThat(o.size()).isEqualTo(rendition.get("bytes").asLong());
            });
        }
    }

    @Test
    void a_tiny_png_declaring_ten_gigapixels_fails_permanently_without_being_decoded() throws Exception {
        byte[] bomb = vn.hoctap.media.image.TestImages.pngDeclaring(100_000, 100_000);
        MediaAsset received = intake.receive(new ByteArrayInputStream(bomb), Optional.of("bomb.png")).asset();

        MediaAsset failed = awaitSettled(received.id());

        List<AssetEvent> history = history(received.id());
        assertThat(failed.status()).as(history.toString()).isEqualTo(AssetStatus.FAILED);
        assertThat(history.get(history.size() - 1).reason()).contains("100000×100000", "megapixels");
        assertThat(history).noneMatch(e -> e.reason() != null && e.reason().startsWith("will retry"));
        assertThat(store.list("media/assets/" + received.id() + "/")).isEmpty();
    }

    @Test
    void a_zero_length_upload_is_refused_as_unsupported_and_nothing_is_kept() {
        assertThatThrownBy(() -> intake.receive(new ByteArrayInputStream(new byte[0]), Optional.of("empty.mp4")))
                .isInstanceOf(UnsupportedUploadException.class);
        assertThat(store.list("media/")).isEmpty();
    }

    @Test
    void a_video_named_like_a_slide_deck_is_processed_as_the_video_it_is() throws Exception {
        MediaAsset received;
        try (InputStream upload = Files.newInputStream(clip)) {
            received = intake.receive(upload, Optional.of("slides.pptx")).asset();
        }

        MediaAsset ready = awaitSettled(received.id());

        assertThat(ready.kind().name()).isEqualTo("VIDEO");
        assertThat(ready.status()).isEqualTo(AssetStatus.READY);
    }

    @Test
    void cancelling_a_running_transcode_on_another_node_kills_ffmpeg_and_the_job_ends_cancelled_with_its_history() throws Exception {
        Path longer = ffmpeg("long.mp4", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30:duration=40", "-c:v",
                "libopenh264", "-b:v", "3M");
        MediaAsset received;
        try (InputStream upload = Files.newInputStream(longer)) {
            received = intake.receive(upload, Optional.of("long.mp4")).asset();
        }
        await(received.id(), a -> a.status() == AssetStatus.PROCESSING, "processing");
        Thread.sleep(1500); // FFmpeg is running

        // cancelled through another node: this node's watcher must find it in the database and kill FFmpeg
        AssetProcessing otherNode = new AssetProcessing(new LocalTransactor(dataSource), new AssetRepository(), store,
                null, null, temp.resolve("other-node"), Clock.systemUTC());
        otherNode.cancel(received.id(), "cancelled by tester");
        MediaAsset cancelled = awaitSettled(received.id());
        for (int i = 0; i < 50 && !processing.runningHere().isEmpty(); i++) {
            Thread.sleep(100);
        }

        assertThat(cancelled.status()).isEqualTo(AssetStatus.CANCELLED);
        assertThat(processing.runningHere()).isEmpty();
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").contains("ffmpeg")))
                .isEmpty();
        assertThat(history(received.id())).extracting(AssetEvent::status)
                .containsSubsequence(AssetStatus.RECEIVED, AssetStatus.PROCESSING, AssetStatus.CANCELLED);
        assertThat(history(received.id())).extracting(AssetEvent::reason).contains("cancelled by tester");
        assertThat(store.exists(received.originalKey())).isTrue();
        assertThat(store.list("media/assets/" + received.id() + "/")).isEmpty();
        assertThatThrownBy(() -> processing.cancel(received.id(), "again")).isInstanceOf(JobNotCancellableException.class);
    }

    @Test
    void captions_in_vietnamese_and_khmer_join_the_manifest_and_the_master_playlist_as_one_subtitle_group() throws Exception {
        MediaAsset received;
        try (InputStream upload = Files.newInputStream(clip)) {
            received = intake.receive(upload, Optional.of("clip.mp4")).asset();
        }
        awaitSettled(received.id());
        AssetCaptions captions = new AssetCaptions(new LocalTransactor(dataSource), new AssetRepository(), store, Clock.systemUTC());
        byte[] srt = "1\r\n00:00:00,500 --> 00:00:02,000\r\nXin chào các bạn\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] vtt = "WEBVTT\n\n00:00.500 --> 00:02.000\nសួស្តី\n".getBytes(StandardCharsets.UTF_8);

        captions.attach(received.id(), "vi", null, "1\n00:00:00,000 --> 00:00:01,000\nbản cũ\n".getBytes(StandardCharsets.UTF_8));
        captions.attach(received.id(), "km", null, vtt);
        MediaAsset asset = captions.attach(received.id(), "vi", "Tiếng Việt", srt);

        JsonNode manifest = JSON.readTree(asset.manifest().orElseThrow());
        List<JsonNode> tracks = new java.util.ArrayList<>();
        manifest.get("renditions").forEach(r -> {
            if (r.get("kind").asText().equals("CAPTIONS")) {
                tracks.add(r);
            }
        });
        assertThat(tracks).extracting(t -> t.get("language").asText()).containsExactlyInAnyOrder("vi", "km");
        JsonNode vi = tracks.stream().filter(t -> t.get("language").asText().equals("vi")).findFirst().orElseThrow();
        String storedVi = new String(store.open(vi.get("key").asText()).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(storedVi).startsWith("WEBVTT").contains("00:00:00.500 --> 00:00:02.000", "Xin chào các bạn")
                .doesNotContain("bản cũ");
        String masterKey = manifest.get("renditions").findParents("kind").stream()
                .filter(r -> r.get("kind").asText().equals("HLS_MASTER")).findFirst().orElseThrow().get("key").asText();
        String master = new String(store.open(masterKey).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(master.lines().filter(l -> l.startsWith("#EXT-X-MEDIA:TYPE=SUBTITLES"))).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("LANGUAGE=\"km\"", "URI=\"subtitles/km.m3u8\""))
                .anySatisfy(l -> assertThat(l).contains("LANGUAGE=\"vi\"", "NAME=\"Tiếng Việt\""));
        assertThat(master.lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF"))).allSatisfy(l ->
                assertThat(l).endsWith(",SUBTITLES=\"subs\""));
        assertThat(store.exists("media/assets/" + received.id() + "/hls/subtitles/km.m3u8")).isTrue();
        assertThatThrownBy(() -> captions.attach(received.id(), "vi", null, "not captions".getBytes()))
                .isInstanceOf(InvalidCaptionsException.class);
    }

    private Path ffmpeg(String name, String... arguments) throws Exception {
        Path out = temp.resolve(name);
        List<String> command = new java.util.ArrayList<>(List.of(FfmpegPrograms.bundled().ffmpeg().toString(),
                "-hide_banner", "-loglevel", "error"));
        command.addAll(List.of(arguments));
        command.add(out.toString());
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor()).as(new String(ffmpeg.getInputStream().readAllBytes())).isZero();
        return out;
    }

    /** A pptx-looking package with a part of 200 MiB of zeros that compresses to about 200 KiB. */
    static Path zipBomb(Path target) throws Exception {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".presentationml.presentation.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("ppt/presentation.xml"));
            zip.write("<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("ppt/media/image1.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return target;
    }
}
