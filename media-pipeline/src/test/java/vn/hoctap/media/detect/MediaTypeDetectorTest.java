package vn.hoctap.media.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypeDetectorTest {

    private static final MediaTypeDetector DETECTOR = new MediaTypeDetector();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
            "HowWeRefactor.pptx,                            SLIDES_PPTX, application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "synthetic-vi-km.pptx,                          SLIDES_PPTX, application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "table-with-theme.pptx,                         SLIDES_PPTX, application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "with_japanese.pptx,                            SLIDES_PPTX, application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "aascu.org_hbcu_leadershipsummit_cooper_.pptx,  SLIDES_PPTX, application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "ae.ac.uaeu.faculty_nafaachbili_GeomLec1.pptx,  SLIDES_PPTX, application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "54880_chinese.ppt,                             SLIDES_PPT,  application/vnd.ms-powerpoint",
            "LibreOfficeImpress_odp_1.3.odp,                SLIDES_ODP,  application/vnd.oasis.opendocument.presentation",
            "testPDFVarious.pdf,                            PDF,         application/pdf",
    })
    void real_files_of_the_corpus_are_classified_by_their_content(String name, MediaKind kind, String mime)
            throws IOException {
        DetectedMedia detected = DETECTOR.detect(TestCorpus.deck(name));

        assertThat(detected).isEqualTo(new DetectedMedia(kind, mime));
    }

    @Test
    void a_pptx_renamed_pdf_is_still_a_pptx() throws IOException {
        Path disguised = copy(TestCorpus.deck("synthetic-vi-km.pptx"), "lesson.pdf");

        assertThat(DETECTOR.detect(disguised).kind()).isEqualTo(MediaKind.SLIDES_PPTX);
    }

    @Test
    void a_ppt_renamed_mp4_is_still_a_ppt() throws IOException {
        Path disguised = copy(TestCorpus.deck("54880_chinese.ppt"), "video.mp4");

        assertThat(DETECTOR.detect(disguised).kind()).isEqualTo(MediaKind.SLIDES_PPT);
    }

    @Test
    void random_bytes_are_unsupported() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        noise[0] = 0x01; // not accidentally a known signature
        Path file = write("noise.pptx", noise);

        DetectedMedia detected = DETECTOR.detect(file);

        assertThat(detected.kind()).isEqualTo(MediaKind.UNSUPPORTED);
        assertThat(detected.mimeType()).isEqualTo("application/octet-stream");
    }

    @Test
    void an_empty_file_is_unsupported() throws IOException {
        DetectedMedia detected = DETECTOR.detect(write("empty.pptx", new byte[0]));

        assertThat(detected).isEqualTo(new DetectedMedia(MediaKind.UNSUPPORTED, "application/octet-stream"));
    }

    @Test
    void webvtt_is_captions() throws IOException {
        String vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nXin chào các em\n\n"
                + "00:00:02.500 --> 00:00:05.000\nជំរាបសួរ\n";

        DetectedMedia detected = DETECTOR.detect(write("captions.txt", vtt.getBytes(StandardCharsets.UTF_8)));

        assertThat(detected).isEqualTo(new DetectedMedia(MediaKind.CAPTIONS, "text/vtt"));
    }

    @Test
    void webvtt_with_a_byte_order_mark_and_crlf_is_captions() throws IOException {
        String vtt = "\uFEFFWEBVTT - bài 1\r\n\r\n00:00.000 --> 00:02.500\r\nXin chào\r\n";

        DetectedMedia detected = DETECTOR.detect(write("captions.bin", vtt.getBytes(StandardCharsets.UTF_8)));

        assertThat(detected).isEqualTo(new DetectedMedia(MediaKind.CAPTIONS, "text/vtt"));
    }

    @Test
    void subrip_is_captions() throws IOException {
        String srt = "1\n00:00:01,000 --> 00:00:04,000\nĐun sôi nước trước khi uống.\n\n"
                + "2\n00:00:04,500 --> 00:00:07,000\nដាំទឹកឱ្យពុះមុនពេលផឹក។\n";

        DetectedMedia detected = DETECTOR.detect(write("captions.vtt", srt.getBytes(StandardCharsets.UTF_8)));

        assertThat(detected).isEqualTo(new DetectedMedia(MediaKind.CAPTIONS, "application/x-subrip"));
    }

    @Test
    void subrip_with_a_byte_order_mark_blank_lines_and_crlf_is_captions() throws IOException {
        String srt = "\uFEFF\r\n1\r\n00:00:01,000 --> 00:00:04,000\r\nXin chào\r\n";

        DetectedMedia detected = DETECTOR.detect(write("captions", srt.getBytes(StandardCharsets.UTF_8)));

        assertThat(detected).isEqualTo(new DetectedMedia(MediaKind.CAPTIONS, "application/x-subrip"));
    }

    @Test
    void plain_text_is_unsupported() throws IOException {
        DetectedMedia detected = DETECTOR.detect(write("notes.srt",
                "Just some notes, 00:00:01,000 is a time.\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(detected).isEqualTo(new DetectedMedia(MediaKind.UNSUPPORTED, "text/plain"));
    }

    @Test
    void a_png_is_an_image() throws IOException {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path file = dir.resolve("picture.mp3");
        javax.imageio.ImageIO.write(image, "png", file.toFile());

        assertThat(DETECTOR.detect(file)).isEqualTo(new DetectedMedia(MediaKind.IMAGE, "image/png"));
    }

    @Test
    void an_svg_is_not_an_image_because_it_can_carry_scripts() throws IOException {
        Path file = write("drawing.png", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8));

        assertThat(DETECTOR.detect(file).kind()).isEqualTo(MediaKind.UNSUPPORTED);
    }

    @Test
    void mp4_and_mp3_signatures_are_video_and_audio() throws IOException {
        byte[] mp4 = new byte[64];
        byte[] box = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
                'i', 's', 'o', 'm', 'i', 's', 'o', '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'};
        System.arraycopy(box, 0, mp4, 0, box.length);
        byte[] mp3 = new byte[4096];
        byte[] id3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0};
        System.arraycopy(id3, 0, mp3, 0, id3.length);

        assertThat(DETECTOR.detect(write("a.pdf", mp4)).kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(DETECTOR.detect(write("b.pdf", mp3)).kind()).isEqualTo(MediaKind.AUDIO);
    }

    @Test
    void a_truncated_pptx_is_still_recognised_as_a_pptx() throws IOException {
        byte[] whole = Files.readAllBytes(TestCorpus.deck("table-with-theme.pptx"));
        Path truncated = write("broken.pptx", Arrays.copyOf(whole, whole.length / 2));

        assertThat(DETECTOR.detect(truncated).kind()).isEqualTo(MediaKind.SLIDES_PPTX);
    }

    @Test
    void a_plain_zip_archive_is_unsupported() throws IOException {
        Path zip = dir.resolve("slides.pptx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThat(DETECTOR.detect(zip)).isEqualTo(new DetectedMedia(MediaKind.UNSUPPORTED, "application/zip"));
    }

    @Test
    void detecting_a_stream_reads_it_but_does_not_close_it() throws IOException {
        byte[] deck = Files.readAllBytes(TestCorpus.deck("synthetic-vi-km.pptx"));
        var closed = new boolean[1];
        InputStream in = new ByteArrayInputStream(deck) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThat(DETECTOR.detect(in).kind()).isEqualTo(MediaKind.SLIDES_PPTX);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void a_missing_file_is_an_io_error_not_a_verdict() {
        assertThatThrownBy(() -> DETECTOR.detect(dir.resolve("absent.pptx"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void detection_leaves_the_file_untouched() throws IOException {
        Path copy = copy(TestCorpus.deck("54880_chinese.ppt"), "deck.ppt");
        byte[] before = Files.readAllBytes(copy);
        var modified = Files.getLastModifiedTime(copy);

        DETECTOR.detect(copy);

        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(modified);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(copy);
        }
    }

    private Path copy(Path source, String name) throws IOException {
        return Files.copy(source, dir.resolve(name));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
