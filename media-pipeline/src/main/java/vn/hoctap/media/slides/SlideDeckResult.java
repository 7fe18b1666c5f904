package vn.hoctap.media.slides;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import vn.hoctap.media.detect.DetectedMedia;

/**
 * A processed deck: one entry per visible slide, with its images, text and notes, and how it was made.
 *
 * @param source         what the upload was detected as
 * @param renderer       which path drew the images
 * @param slides         the visible slides in deck order (hidden slides are left out; see the warnings);
 *                       never empty
 * @param warnings       what an author or operator should know although processing succeeded (hidden slides
 *                       left out, fallback renderer used, characters without a font, ...); never {@code null}
 * @param conversionTime time LibreOffice took to make the PDF; zero when it was not used
 * @param renderingTime  time to draw, encode and write the images and extract the text
 */
public record SlideDeckResult(DetectedMedia source, Renderer renderer, List<Slide> slides, List<String> warnings,
                              Duration conversionTime, Duration renderingTime) {

    public SlideDeckResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(conversionTime, "conversionTime");
        Objects.requireNonNull(renderingTime, "renderingTime");
        slides = List.copyOf(slides);
        warnings = List.copyOf(warnings);
    }

    /** Which path drew the images. */
    public enum Renderer {
        /** The deck was converted to PDF by LibreOffice and the PDF drawn by PDFBox: the faithful path. */
        LIBREOFFICE,
        /** The upload was a PDF, drawn by PDFBox. */
        PDFBOX,
        /**
         * LibreOffice was not installed; Apache POI drew the slides. Charts, SmartArt and some effects are
         * missing (a warning says so); process the deck again once LibreOffice is installed.
         */
        POI_FALLBACK
    }

    /**
     * One visible slide.
     *
     * @param index 1-based position of the slide in the deck (PDF: page number). Hidden slides keep their
     *              numbers, so indexes can have gaps.
     * @param large the image {@value RenderGeometry#LARGE_WIDTH} px wide (narrower only for a page more than
     *              {@value RenderGeometry#MAX_ASPECT} times taller than wide)
     * @param small the image {@value RenderGeometry#SMALL_WIDTH} px wide (half the large one)
     * @param text  the slide's text: from the deck itself for pptx, ppt and odp (exact, logical order), else
     *              (PDF uploads, or a slide whose text POI cannot see such as SmartArt) from the PDF; "" when none
     * @param notes the speaker notes; "" for PDF uploads and slides without notes
     */
    public record Slide(int index, SlideImage large, SlideImage small, String text, String notes) {

        public Slide {
            Objects.requireNonNull(large, "large");
            Objects.requireNonNull(small, "small");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(notes, "notes");
        }
    }
}
