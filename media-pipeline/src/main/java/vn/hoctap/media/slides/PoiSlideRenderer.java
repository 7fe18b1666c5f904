package vn.hoctap.media.slides;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;

import vn.hoctap.media.detect.MediaKind;

/**
 * The fallback renderer, for when LibreOffice is not installed: draws pptx and ppt slides with Apache POI
 * ({@code slide.draw(Graphics2D)}) into the same two image sizes as {@link PdfSlideRenderer}.
 *
 * <p>POI's drawing is incomplete: charts, SmartArt, some gradients and effects, OLE objects, EMF/WMF pictures
 * are missing or approximate, and line spacing of complex scripts (Khmer) can differ from PowerPoint. A slide
 * whose drawing threw an error is kept as far as it was drawn and gets a warning. Text comes from the deck
 * itself ({@link SpeakerNotesReader}), so it is exact.
 *
 * <p>Instances are immutable and thread-safe (each call opens its own deck).
 */
public final class PoiSlideRenderer {

    private final SlideImageWriter writer;
    private final int maxSlides;

    /** {@link ImageEncoding#ADAPTIVE}, at most {@value PdfSlideRenderer#DEFAULT_MAX_PAGES} slides. */
    public PoiSlideRenderer() {
        this(ImageEncoding.ADAPTIVE, PdfSlideRenderer.DEFAULT_MAX_PAGES);
    }

    /**
     * @param encoding  how images are encoded
     * @param maxSlides decks with more slides are refused ({@link DeckTooLargeException}); at least 1
     */
    public PoiSlideRenderer(ImageEncoding encoding, int maxSlides) {
        if (maxSlides < 1) {
            throw new IllegalArgumentException("maxSlides must be at least 1: " + maxSlides);
        }
        this.writer = new SlideImageWriter(encoding);
        this.maxSlides = maxSlides;
    }

    /**
     * Draws every slide, hidden ones included, into {@code outputDirectory} with the file names of
     * {@link PdfSlideRenderer#render}.
     *
     * @param deck            read, never modified
     * @param kind            {@link MediaKind#SLIDES_PPTX} or {@link MediaKind#SLIDES_PPT}
     * @param outputDirectory must exist
     * @return one page per slide, in deck order, with the slide's own text
     * @throws UnsupportedDeckException       when {@code kind} is odp (POI cannot read it) or not a deck
     * @throws PasswordProtectedDeckException when the deck is encrypted
     * @throws CorruptDeckException           when POI cannot read it
     * @throws EmptyDeckException             when it has no slide
     * @throws DeckTooLargeException          when it has more slides than allowed
     * @throws SlideStorageException          when it cannot be read or an image cannot be written
     */
    public RenderedDeck render(Path deck, MediaKind kind, Path outputDirectory) {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        try (PoiDecks.OpenDeck open = PoiDecks.open(deck, kind)) {
            SlideShow<?, ?> show = open.slideShow();
            List<? extends Slide<?, ?>> slides = show.getSlides();
            if (slides.isEmpty()) {
                throw new EmptyDeckException("The presentation has no slides.");
            }
            if (slides.size() > maxSlides) {
                throw new DeckTooLargeException("The presentation has " + slides.size() + " slides; at most "
                        + maxSlides + " are rendered. Split it into several lessons.");
            }
            Dimension size = show.getPageSize();
            RenderGeometry geometry = RenderGeometry.of(size.getWidth(), size.getHeight());
            if (geometry == null) {
                throw new CorruptDeckException("The presentation has no usable slide size (" + size.width + " × "
                        + size.height + " pt).");
            }
            List<String> warnings = new ArrayList<>();
            if (geometry.capped()) {
                warnings.add(String.format(Locale.ROOT,
                        "Slides are %d × %d pt, more than %d times taller than wide; drawn %d × %d px.",
                        size.width, size.height, RenderGeometry.MAX_ASPECT, geometry.largeWidth(), geometry.largeHeight()));
            }
            List<SlideNotes> texts = SpeakerNotesReader.read(show);
            List<RenderedPage> pages = new ArrayList<>(slides.size());
            for (int i = 0; i < slides.size(); i++) {
                pages.add(renderSlide(slides.get(i), i + 1, size, geometry, texts.get(i).text(), outputDirectory));
            }
            return new RenderedDeck(pages, warnings);
        } catch (SlideDeckException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PoiDecks.corrupt(e);
        }
    }

    private RenderedPage renderSlide(Slide<?, ?> slide, int number, Dimension size, RenderGeometry geometry,
                                     String text, Path outputDirectory) {
        List<String> warnings = new ArrayList<>();
        BufferedImage large = new BufferedImage(geometry.largeWidth(), geometry.largeHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = large.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, large.getWidth(), large.getHeight());
            g.scale(geometry.largeWidth() / size.getWidth(), geometry.largeHeight() / size.getHeight());
            slide.draw(g);
        } catch (RuntimeException e) {
            warnings.add("Slide " + number + " was drawn only partly by Apache POI: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } finally {
            g.dispose();
        }
        BufferedImage small = SlideImageWriter.scaleTo(large, geometry.smallWidth(), geometry.smallHeight());
        SlideImageWriter.Pair images = writer.write(large, small, outputDirectory,
                String.format(Locale.ROOT, "slide-%03d-", number));
        return new RenderedPage(number, images.large(), images.small(), text, warnings);
    }
}
