package vn.hoctap.media.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.media.detect.MediaTypeDetector;
import vn.hoctap.testing.DatabaseEngine;

/** Upload size limits: the largest one while the bytes stream in, the one of the detected kind afterwards. */
class MediaIntakeLimitsTest {

    @TempDir
    Path temp;

    private final List<UUID> submitted = new ArrayList<>();

    private MediaIntake intake(ObjectStore store, UploadLimits limits) {
        return new MediaIntake(store, new LocalTransactor(DatabaseEngine.H2.freshDataSource()), new AssetRepository(),
                new MediaTypeDetector(), submitted::add, limits, Clock.systemUTC());
    }

    private ObjectStore store() {
        return new FileSystemObjectStore(temp.resolve("objects"), new SignedUrlSigner(SignedUrlSigner.generateSecret(),
                Clock.systemUTC()), Clock.systemUTC());
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_upload_over_the_largest_limit_is_cut_off_while_streaming_and_nothing_is_kept() {
        ObjectStore store = store();
        byte[] endless = new byte[50_000];

        assertThatThrownBy(() -> intake(store, new UploadLimits(20_000, 5_000))
                .receive(new ByteArrayInputStream(endless), Optional.empty()))
                .isInstanceOf(UploadTooLargeException.class).hasMessageContaining("20000 bytes");
        assertThat(store.list("")).isEmpty();
        assertThat(submitted).isEmpty();
    }

    @Test
    void a_document_over_the_document_limit_is_refused_after_detection_and_nothing_is_kept() throws Exception {
        ObjectStore store = store();
        byte[] pdf = pdf();

        assertThatThrownBy(() -> intake(store, new UploadLimits(1_000_000, 100))
                .receive(new ByteArrayInputStream(pdf), Optional.of("slides.pdf")))
                .isInstanceOf(UploadTooLargeException.class).hasMessageContaining("slide deck or PDF");
        assertThat(store.list("")).isEmpty();

        MediaIntake.Received accepted = intake(store, new UploadLimits(1_000_000, 1_000_000))
                .receive(new ByteArrayInputStream(pdf), Optional.of("slides.pdf"));
        assertThat(accepted.asset().sizeBytes()).isEqualTo(pdf.length);
        assertThat(submitted).containsExactly(accepted.asset().id());
    }
}
