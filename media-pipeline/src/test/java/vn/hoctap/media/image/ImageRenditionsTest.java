package vn.hoctap.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.process.UnsupportedMediaException;

class ImageRenditionsTest {

    @TempDir
    Path temp;

    private final ImageRenditions renditions = ImageRenditions.withBundledFfmpeg();

    @Test
    void a_large_photo_gets_jpeg_renditions_of_1280_480_and_160_pixels_without_metadata() throws Exception {
        Path photo = ffmpeg("photo.jpg", "-f", "lavfi", "-i", "testsrc2=size=3000x2000", "-frames:v", "1");

        RenderedImage result = renditions.render(photo, temp.resolve("out"), Cancellation.never());

        assertThat(result.alpha()).isFalse();
        assertThat(result.codec()).isEqualTo("mjpeg");
        assertThat(result.width()).isEqualTo(3000);
        assertThat(result.renditions()).extracting(ImageRendition::role).containsExactly("large", "small", "thumbnail");
        assertThat(result.renditions()).extracting(ImageRendition::mediaType).containsOnly("image/jpeg");
        assertThat(result.renditions()).extracting(ImageRendition::width).containsExactly(1280, 480, 160);
        assertThat(result.renditions()).extracting(ImageRendition::height).containsExactly(853, 320, 107);
        for (ImageRendition r : result.renditions()) {
            BufferedImage decoded = ImageIO.read(r.file().toFile());
            assertThat(decoded.getWidth()).isEqualTo(r.width());
            assertThat(decoded.getHeight()).isEqualTo(r.height());
        }
    }

    @Test
    void a_small_picture_is_never_upscaled() throws Exception {
        Path png = temp.resolve("small.png");
        BufferedImage picture = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(picture, "png", png.toFile());

        RenderedImage result = renditions.render(png, temp.resolve("out"), Cancellation.never());

        assertThat(result.renditions()).extracting(ImageRendition::width).containsExactly(300, 300, 160);
        assertThat(result.renditions()).extracting(ImageRendition::height).containsExactly(200, 200, 107);
    }

    @Test
    void a_png_with_transparency_keeps_it_in_png_renditions() throws Exception {
        Path png = temp.resolve("logo.png");
        BufferedImage logo = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(200, 0, 400, 400);
        g.dispose();
        ImageIO.write(logo, "png", png.toFile());

        RenderedImage result = renditions.render(png, temp.resolve("out"), Cancellation.never());

        assertThat(result.alpha()).isTrue();
        assertThat(result.renditions()).extracting(ImageRendition::mediaType).containsOnly("image/png");
        BufferedImage small = ImageIO.read(result.renditions().get(1).file().toFile());
        assertThat(small.getColorModel().hasAlpha()).isTrue();
        assertThat(small.getRGB(0, 0) >>> 24).as("a transparent corner").isZero();
        assertThat(small.getRGB(240, 120) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void the_exif_orientation_of_a_phone_photo_is_applied() throws Exception {
        Path plain = ffmpeg("plain.jpg", "-f", "lavfi", "-i", "testsrc2=size=640x360", "-frames:v", "1");
        Path rotated = temp.resolve("rotated.jpg");
        Files.write(rotated, TestImages.withExifOrientation(Files.readAllBytes(plain), 6));

        RenderedImage result = renditions.render(rotated, temp.resolve("out"), Cancellation.never());

        assertThat(result.renditions().get(0).width()).isEqualTo(360);
        assertThat(result.renditions().get(0).height()).isEqualTo(640);
    }

    @Test
    void gif_webp_bmp_and_tiff_are_read() throws Exception {
        for (String extension : List.of("gif", "webp", "bmp", "tiff")) {
            Path input = ffmpeg("in." + extension, "-f", "lavfi", "-i", "testsrc2=size=600x400", "-frames:v", "1");

            RenderedImage result = renditions.render(input, temp.resolve("out-" + extension), Cancellation.never());

            assertThat(result.renditions().get(0).width()).as(extension).isEqualTo(600);
            assertThat(result.renditions().get(2).height()).as(extension).isEqualTo(107);
        }
    }

    @Test
    void a_tiny_png_declaring_100000_by_100000_pixels_is_refused_before_it_is_decoded() throws Exception {
        Path bomb = temp.resolve("bomb.png");
        Files.write(bomb, TestImages.pngDeclaring(100_000, 100_000));
        assertThat(Files.size(bomb)).isLessThan(200);

        assertThatThrownBy(() -> renditions.render(bomb, temp.resolve("out"), Cancellation.never()))
                .isInstanceOfSatisfying(UnsupportedMediaException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnsupportedMediaException.Reason.DIMENSIONS_TOO_LARGE);
                    assertThat(e.getMessage()).contains("100000×100000", "50 megapixels");
                });
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void a_picture_above_the_configured_megapixels_is_refused() throws Exception {
        Path photo = ffmpeg("photo.png", "-f", "lavfi", "-i", "color=c=blue:s=2000x1500", "-frames:v", "1");
        ImageRenditions strict = new ImageRenditions(FfmpegPrograms::bundled,
                vn.hoctap.media.process.ExternalTool.lowPriority(), 2_000_000);

        assertThatThrownBy(() -> strict.render(photo, temp.resolve("out"), Cancellation.never()))
                .isInstanceOf(UnsupportedMediaException.class).hasMessageContaining("2000×1500");
    }

    @Test
    void a_damaged_image_is_a_permanent_failure() throws Exception {
        Path photo = ffmpeg("photo.jpg", "-f", "lavfi", "-i", "testsrc2=size=640x360", "-frames:v", "1");
        byte[] bytes = Files.readAllBytes(photo);
        Path truncated = temp.resolve("truncated.jpg");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 300));

        assertThatThrownBy(() -> renditions.render(truncated, temp.resolve("out"), Cancellation.never()))
                .isInstanceOf(UnsupportedMediaException.class);
    }

    private Path ffmpeg(String name, String... arguments) throws Exception {
        Path out = temp.resolve(name);
        List<String> command = new java.util.ArrayList<>(List.of(FfmpegPrograms.bundled().ffmpeg().toString(),
                "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of(arguments));
        command.add(out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return out;
    }
}
