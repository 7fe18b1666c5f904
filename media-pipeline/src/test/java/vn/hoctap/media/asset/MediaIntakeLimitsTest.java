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

    @Test
    void an_image_over_the_image_limit_is_refused_after_detection_and_one_within_it_is_accepted() throws Exception {
        ObjectStore store = store();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        byte[] image = png.toByteArray();

        assertThatThrownBy(() -> intake(store, new UploadLimits(1_000_000, 1_000_000, image.length - 1))
                .receive(new ByteArrayInputStream(image), Optional.of("cover.png")))
                .isInstanceOf(UploadTooLargeException.class).hasMessageContaining("An image");
        assertThat(store.list("")).isEmpty();

        MediaIntake.Received accepted = intake(store, new UploadLimits(1_000_000, 1_000_000, 1_000_000))
                .receive(new ByteArrayInputStream(image), Optional.of("cover.png"));
        assertThat(accepted.asset().kind()).isEqualTo(vn.hoctap.media.detect.MediaKind.IMAGE);
        assertThat(submitted).containsExactly(accepted.asset().id());
    }

    @Test
    void a_heic_photo_is_refused_as_unsupported_with_advice_to_send_jpeg() {
        ObjectStore store = store();
        byte[] heic = new byte[64];
        byte[] box = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        System.arraycopy(box, 0, heic, 0, box.length);

        assertThatThrownBy(() -> intake(store, UploadLimits.defaults())
                .receive(new ByteArrayInputStream(heic), Optional.of("IMG_0001.HEIC")))
                .isInstanceOf(UnsupportedUploadException.class).hasMessageContaining("image/heic").hasMessageContaining("JPEG");
        assertThat(store.list("")).isEmpty();
    }
}
