package vn.hoctap.media.slides;

import java.util.List;

/**
 * Every page a renderer drew, in order, and the warnings about the whole document.
 *
 * @param pages    one per slide or page, in order; never empty
 * @param warnings about the document as a whole (per-page ones are on the pages); never {@code null}
 */
public record RenderedDeck(List<RenderedPage> pages, List<String> warnings) {

    public RenderedDeck {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }
}
