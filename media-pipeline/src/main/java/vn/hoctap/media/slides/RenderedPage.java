package vn.hoctap.media.slides;

import java.util.List;
import java.util.Objects;

/**
 * One slide or page as drawn by a renderer.
 *
 * @param index    1-based position of the slide in the deck (page number of the PDF)
 * @param large    the image about 1280 px wide (see {@link SlideDeckResult.Slide})
 * @param small    the image about 640 px wide
 * @param text     the text the renderer found on it, normalised; "" when none
 * @param warnings what went wrong without stopping the rendering; never {@code null}
 */
public record RenderedPage(int index, SlideImage large, SlideImage small, String text, List<String> warnings) {

    public RenderedPage {
        Objects.requireNonNull(large, "large");
        Objects.requireNonNull(small, "small");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }
}
