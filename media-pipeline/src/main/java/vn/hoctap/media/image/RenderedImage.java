package vn.hoctap.media.image;

import java.util.List;

/**
 * The outcome of {@link ImageRenditions#render}.
 *
 * @param codec      the source's codec as FFmpeg names it ({@code mjpeg}, {@code png}, {@code webp}, ...)
 * @param width      the source's stored width in pixels (before any EXIF rotation)
 * @param height     the source's stored height in pixels
 * @param alpha      whether the source has an alpha channel (or a palette that may hold transparency); the
 *                   renditions are PNG then, JPEG otherwise
 * @param renditions large, small and thumbnail, in that order
 */
public record RenderedImage(String codec, int width, int height, boolean alpha, List<ImageRendition> renditions) {

    public RenderedImage {
        renditions = List.copyOf(renditions);
    }
}
