package vn.hoctap.media.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.MutableClock;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.MediaIntake;
import vn.hoctap.media.asset.UnsupportedUploadException;
import vn.hoctap.media.asset.UploadLimits;
import vn.hoctap.media.asset.UploadTooLargeException;
import vn.hoctap.media.detect.MediaTypeDetector;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.process.MediaIoException;
import vn.hoctap.testing.DatabaseEngine;

/**
 * Resumable uploads on a real database and a real object store directory: pieces survive a dropped connection and
 * the upload continues at the offset the server reports, a wrong offset is a conflict, an oversize declared length
 * is refused, a completed upload becomes an asset exactly like a simple upload, abandoned uploads expire.
 */
abstract class ResumableUploadsContract {

    private static final int PIECE = 64 * 1024;
    private static byte[] clip;
    private static String SHA;

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private final List<UUID> submitted = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private ObjectStore store;
    private LocalTransactor transactor;
    private ResumableUploads uploads;

    abstract DatabaseEngine engine();

    @BeforeAll
    static void makeClip() throws Exception {
        Path file = shared.resolve("clip.mp4");
        Process ffmpeg = new ProcessBuilder(FfmpegPrograms.bundled().ffmpeg().toString(), "-hide_banner", "-loglevel",
                "error", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=4", "-c:v", "libopenh264",
                file.toString()).redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor()).as(new String(ffmpeg.getInputStream().readAllBytes())).isZero();
        clip = Files.readAllBytes(file);
        SHA = sha256(clip);
        assertThat(clip.length).isGreaterThan(3 * PIECE);
    }

    @BeforeEach
    void start() {
        DataSource dataSource = engine().freshDataSource();
        transactor = new LocalTransactor(dataSource);
        store = new FileSystemObjectStore(temp.resolve("objects"), new SignedUrlSigner(SignedUrlSigner.generateSecret(),
                Clock.systemUTC()), Clock.systemUTC());
        MediaIntake intake = new MediaIntake(store, transactor, new AssetRepository(), new MediaTypeDetector(),
                submitted::add, new UploadLimits(10L << 20, 5L << 20), clock);
        uploads = new ResumableUploads(store, transactor, new UploadRepository(), intake, new UploadLimits(10L << 20, 5L << 20),
                Duration.ofHours(24), PIECE, clock);
    }

    @Test
    void a_dropped_connection_keeps_the_complete_pieces_and_the_upload_resumes_at_the_reported_offset() throws Exception {
        ResumableUpload upload = uploads.create(clip.length, Optional.of("bài 1.mp4"));
        int breakAt = 2 * PIECE + 1000;

        assertThatThrownBy(() -> uploads.append(upload.id(), 0, new BreakingStream(clip, breakAt), Optional.empty()))
                .isInstanceOf(MediaIoException.class);
        long offset = uploads.find(upload.id()).orElseThrow().received();
        ResumableUploads.Appended done = uploads.append(upload.id(), offset,
                new ByteArrayInputStream(Arrays.copyOfRange(clip, (int) offset, clip.length)), Optional.empty());

        assertThat(offset).isEqualTo(2 * PIECE);
        assertThat(done.received()).hasValueSatisfying(r -> {
            assertThat(r.duplicate()).isFalse();
            assertThat(r.asset().sha256()).isEqualTo(SHA);
            assertThat(r.asset().sizeBytes()).isEqualTo(clip.length);
            assertThat(r.asset().kind().name()).isEqualTo("VIDEO");
            assertThat(r.asset().originalName()).contains("bài 1.mp4");
        });
        assertThat(submitted).hasSize(1);
        assertThat(store.list("media/uploads/")).isEmpty();
        assertThat(uploads.find(upload.id()).orElseThrow().assetId()).contains(done.received().get().asset().id());
    }

    @Test
    void pieces_sent_by_several_requests_assemble_in_order_and_the_same_bytes_are_the_same_asset() {
        ResumableUpload first = uploads.create(clip.length, Optional.empty());
        long offset = 0;
        for (int size : new int[] {1000, PIECE + 7, 3 * PIECE}) {
            offset = uploads.append(first.id(), offset, new ByteArrayInputStream(clip, (int) offset, size),
                    Optional.empty()).upload().received();
        }
        var done = uploads.append(first.id(), offset,
                new ByteArrayInputStream(Arrays.copyOfRange(clip, (int) offset, clip.length)), Optional.empty());
        ResumableUpload second = uploads.create(clip.length, Optional.empty());
        var again = uploads.append(second.id(), 0, new ByteArrayInputStream(clip), Optional.empty());

        assertThat(done.received().orElseThrow().asset().sha256()).isEqualTo(SHA);
        assertThat(again.received().orElseThrow().duplicate()).isTrue();
        assertThat(again.received().orElseThrow().asset().id()).isEqualTo(done.received().orElseThrow().asset().id());
        assertThat(submitted).hasSize(1);
    }

    @Test
    void a_piece_at_the_wrong_offset_is_a_conflict_and_changes_nothing() {
        ResumableUpload upload = uploads.create(clip.length, Optional.empty());
        uploads.append(upload.id(), 0, new ByteArrayInputStream(clip, 0, 5000), Optional.empty());

        assertThatThrownBy(() -> uploads.append(upload.id(), 4000, new ByteArrayInputStream(clip, 4000, 5000), Optional.empty()))
                .isInstanceOf(UploadOffsetConflictException.class).hasMessageContaining("5000");
        assertThat(uploads.find(upload.id()).orElseThrow().received()).isEqualTo(5000);
        assertThat(store.list("media/uploads/" + upload.id() + "/")).hasSize(1);
    }

    @Test
    void a_declared_length_above_the_largest_limit_is_refused_and_nothing_is_recorded() {
        assertThatThrownBy(() -> uploads.create((10L << 20) + 1, Optional.empty()))
                .isInstanceOf(UploadTooLargeException.class).hasMessageContaining("10 MiB");
        assertThatThrownBy(() -> uploads.create(-1, Optional.empty())).isInstanceOf(InvalidUploadRequestException.class);
    }

    @Test
    void a_piece_that_does_not_match_its_checksum_is_not_kept_and_a_matching_one_is() throws Exception {
        ResumableUpload upload = uploads.create(clip.length, Optional.empty());
        byte[] piece = Arrays.copyOf(clip, 3 * PIECE);
        byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(piece);
        byte[] wrong = sha1.clone();
        wrong[0] ^= 1;

        assertThatThrownBy(() -> uploads.append(upload.id(), 0, new ByteArrayInputStream(piece),
                Optional.of(new UploadChecksum("sha1", wrong)))).isInstanceOf(UploadChecksumMismatchException.class);
        assertThat(uploads.find(upload.id()).orElseThrow().received()).isZero();
        assertThat(store.list("media/uploads/")).isEmpty();
        var kept = uploads.append(upload.id(), 0, new ByteArrayInputStream(piece), Optional.of(UploadChecksum.parse(
                "sha1 " + java.util.Base64.getEncoder().encodeToString(sha1))));
        assertThat(kept.upload().received()).isEqualTo(3 * PIECE);
    }

    @Test
    void a_completed_upload_of_an_unsupported_type_is_refused_and_deleted() {
        byte[] text = "not a video at all, just words\n".repeat(100).getBytes();
        ResumableUpload upload = uploads.create(text.length, Optional.of("video.mp4"));

        assertThatThrownBy(() -> uploads.append(upload.id(), 0, new ByteArrayInputStream(text), Optional.empty()))
                .isInstanceOf(UnsupportedUploadException.class);
        assertThat(uploads.find(upload.id())).isEmpty();
        assertThat(store.list("media/")).isEmpty();
        assertThat(submitted).isEmpty();
    }

    @Test
    void an_abandoned_upload_expires_with_its_pieces_and_a_continued_one_does_not() {
        ResumableUpload abandoned = uploads.create(clip.length, Optional.empty());
        uploads.append(abandoned.id(), 0, new ByteArrayInputStream(clip, 0, PIECE + 10), Optional.empty());
        clock.advance(Duration.ofHours(20));
        ResumableUpload continued = uploads.create(clip.length, Optional.empty());
        uploads.append(continued.id(), 0, new ByteArrayInputStream(clip, 0, 10), Optional.empty());
        clock.advance(Duration.ofHours(5));

        assertThat(uploads.find(abandoned.id())).isEmpty();
        assertThatThrownBy(() -> uploads.append(abandoned.id(), PIECE + 10, new ByteArrayInputStream(clip, 0, 1),
                Optional.empty())).isInstanceOf(UploadNotFoundException.class);
        assertThat(uploads.expireAbandoned()).isEqualTo(1);
        assertThat(store.list("media/uploads/" + abandoned.id() + "/")).isEmpty();
        assertThat(store.list("media/uploads/" + continued.id() + "/")).hasSize(1);
        assertThat(uploads.find(continued.id())).isPresent();
    }

    @Test
    void a_terminated_upload_is_gone_with_its_pieces() {
        ResumableUpload upload = uploads.create(clip.length, Optional.empty());
        uploads.append(upload.id(), 0, new ByteArrayInputStream(clip, 0, 2 * PIECE), Optional.empty());

        uploads.terminate(upload.id());

        assertThat(uploads.find(upload.id())).isEmpty();
        assertThat(store.list("media/uploads/")).isEmpty();
        assertThatThrownBy(() -> uploads.terminate(upload.id())).isInstanceOf(UploadNotFoundException.class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The first {@code breakAt} bytes of {@code bytes}, then the connection breaks. */
    private static final class BreakingStream extends InputStream {
        private final byte[] bytes;
        private final int breakAt;
        private int position;

        BreakingStream(byte[] bytes, int breakAt) {
            this.bytes = bytes;
            this.breakAt = breakAt;
        }

        @Override
        public int read() throws IOException {
            if (position >= breakAt) {
                throw new IOException("connection reset");
            }
            return bytes[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= breakAt) {
                throw new IOException("connection reset");
            }
            int n = Math.min(length, breakAt - position);
            System.arraycopy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
