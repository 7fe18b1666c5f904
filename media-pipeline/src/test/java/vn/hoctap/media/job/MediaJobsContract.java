package vn.hoctap.media.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
        AssetProcessing processing = new AssetProcessing(transactor, new AssetRepository(), store, transcoder,
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
        LocalTransactor transactor = new LocalTransactor(dataSource);
        for (int i = 0; i < 600; i++) {
            MediaAsset asset = transactor.inTransaction(c -> new AssetRepository().byId(c, id)).orElseThrow();
            if (asset.status() == AssetStatus.READY || asset.status() == AssetStatus.FAILED) {
                return asset;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("asset " + id + " not processed in 2 minutes");
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
                .contains("HLS_MASTER", "HLS_VARIANT_PLAYLIST", "HLS_SEGMENT", "MP4", "AUDIO", "POSTER", "SPRITE", "STORYBOARD");
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
}
