package vn.hoctap.media.slides;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One image file of a slide, as written.
 *
 * @param file      the image file
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param width     width in pixels
 * @param height    height in pixels
 * @param bytes     size of the file in bytes
 * @param sha256    SHA-256 of the file's bytes, 64 lower-case hexadecimal digits
 */
public record SlideImage(Path file, String mediaType, int width, int height, long bytes, String sha256) {

    public SlideImage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (width < 1 || height < 1 || bytes < 1) {
            throw new IllegalArgumentException("empty image " + file + ": " + width + "x" + height + ", " + bytes + " bytes");
        }
    }
}
