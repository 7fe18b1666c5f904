package vn.hoctap.media.image;

import java.nio.file.Path;

/**
 * One picture written by {@link ImageRenditions}.
 *
 * @param role      {@code large}, {@code small} or {@code thumbnail}
 * @param file      the file on disk
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param width     its width in pixels, after the EXIF orientation was applied
 * @param height    its height in pixels
 */
public record ImageRendition(String role, Path file, String mediaType, int width, int height) {

    /** The file name extension of {@link #mediaType()}, without the dot. */
    public String extension() {
        return "image/png".equals(mediaType) ? "png" : "jpg";
    }
}
