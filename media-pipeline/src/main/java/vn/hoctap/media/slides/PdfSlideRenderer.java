package vn.hoctap.media.slides;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Draws every page of a PDF with PDFBox as two images, about {@value RenderGeometry#LARGE_WIDTH} and
 * {@value RenderGeometry#SMALL_WIDTH} px wide (see {@link RenderGeometry} for the cap on tall pages), and
 * extracts each page's text with {@link PDFTextStripper}.
 *
 * <p>Memory stays bounded: the PDF is parsed with a temporary-file stream cache, pages are drawn one at a time
 * and written at once, and embedded images larger than needed are subsampled while drawing.
 *
 * <p><b>Text of complex scripts.</b> PDF text is rebuilt from glyphs; for Khmer the result is often in visual,
 * not logical, order (a vowel sign before its consonant, spaces inside words). Prefer the deck's own text
 * ({@link SpeakerNotesReader}) when there is a deck.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PdfSlideRenderer {

    /** Used by the no-argument constructor. */
    public static final int DEFAULT_MAX_PAGES = 500;

    private final SlideImageWriter writer;
    private final int maxPages;

    /** {@link ImageEncoding#ADAPTIVE}, at most {@value #DEFAULT_MAX_PAGES} pages. */
    public PdfSlideRenderer() {
        this(ImageEncoding.ADAPTIVE, DEFAULT_MAX_PAGES);
    }

    /**
     * @param encoding how images are encoded
     * @param maxPages documents with more pages are refused ({@link DeckTooLargeException}); at least 1
     */
    public PdfSlideRenderer(ImageEncoding encoding, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
        }
        this.writer = new SlideImageWriter(encoding);
        this.maxPages = maxPages;
    }

    /** Documents with more pages than this are refused. */
    public int maxPages() {
        return maxPages;
    }

    /**
     * The number of pages of the PDF.
     *
     * @param pdf read, never modified
     * @throws PasswordProtectedDeckException when it needs a password to open
     * @throws CorruptDeckException           when it cannot be parsed
     * @throws SlideStorageException          when it cannot be read
     */
    public int pageCount(Path pdf) {
        try (PDDocument document = open(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new SlideStorageException("Cannot close " + pdf + ": " + e.getMessage(), e);
        }
    }

    /**
     * Draws every page into {@code outputDirectory} as {@code slide-NNN-1280.(png|jpg)} and
     * {@code slide-NNN-640.(png|jpg)} (NNN = 1-based page number, at least three digits), replacing files of
     * those names.
     *
     * @param pdf             read, never modified
     * @param outputDirectory must exist
     * @return one {@link RenderedPage} per page, in page order
     * @throws PasswordProtectedDeckException when the PDF needs a password to open
     * @throws CorruptDeckException           when it cannot be parsed or a page cannot be drawn
     * @throws EmptyDeckException             when it has no page
     * @throws DeckTooLargeException          when it has more pages than allowed
     * @throws SlideStorageException          when it cannot be read or an image cannot be written
     */
    public RenderedDeck render(Path pdf, Path outputDirectory) {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        try (PDDocument document = open(pdf)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new EmptyDeckException("The PDF has no pages.");
            }
            if (pages > maxPages) {
                throw new DeckTooLargeException("The PDF has " + pages + " pages; at most " + maxPages
                        + " are rendered. Split it into several lessons.");
            }
            List<String> warnings = new ArrayList<>();
            if (document.isEncrypted()) {
                warnings.add("The PDF is encrypted with permissions only (no password to open it); it was rendered.");
            }
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true);
            PDFTextStripper stripper = new PDFTextStripper();
            List<RenderedPage> rendered = new ArrayList<>(pages);
            for (int i = 0; i < pages; i++) {
                rendered.add(renderPage(document, renderer, stripper, i, outputDirectory));
            }
            return new RenderedDeck(rendered, warnings);
        } catch (IOException e) {
            throw new SlideStorageException("Cannot close " + pdf + ": " + e.getMessage(), e);
        }
    }

    private RenderedPage renderPage(PDDocument document, PDFRenderer renderer, PDFTextStripper stripper,
                                    int pageIndex, Path outputDirectory) {
        int number = pageIndex + 1;
        PDPage page = document.getPage(pageIndex);
        PDRectangle box = page.getCropBox();
        boolean quarterTurn = Math.floorMod(page.getRotation(), 180) == 90;
        double widthPoints = quarterTurn ? box.getHeight() : box.getWidth();
        double heightPoints = quarterTurn ? box.getWidth() : box.getHeight();
        RenderGeometry geometry = RenderGeometry.of(widthPoints, heightPoints);
        if (geometry == null) {
            throw new CorruptDeckException("Page " + number + " of the PDF has no usable size ("
                    + widthPoints + " × " + heightPoints + " pt).");
        }
        List<String> warnings = new ArrayList<>();
        if (geometry.capped()) {
            warnings.add(String.format(Locale.ROOT,
                    "Page %d is %.0f × %.0f pt, more than %d times taller than wide; drawn %d × %d px.",
                    number, widthPoints, heightPoints, RenderGeometry.MAX_ASPECT,
                    geometry.largeWidth(), geometry.largeHeight()));
        }

        BufferedImage large = new BufferedImage(geometry.largeWidth(), geometry.largeHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = large.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, large.getWidth(), large.getHeight());
            renderer.renderPageToGraphics(pageIndex, g,
                    (float) (geometry.largeWidth() / widthPoints), (float) (geometry.largeHeight() / heightPoints),
                    RenderDestination.VIEW);
        } catch (IOException | RuntimeException e) {
            throw new CorruptDeckException("Page " + number + " of the PDF cannot be drawn: " + e.getMessage(), e);
        } finally {
            g.dispose();
        }
        BufferedImage small = SlideImageWriter.scaleTo(large, geometry.smallWidth(), geometry.smallHeight());
        SlideImageWriter.Pair images = writer.write(large, small, outputDirectory,
                String.format(Locale.ROOT, "slide-%03d-", number));

        String text;
        try {
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            text = SlideText.normalize(stripper.getText(document));
        } catch (IOException | RuntimeException e) {
            text = "";
            warnings.add("The text of page " + number + " could not be extracted: " + e.getMessage());
        }
        return new RenderedPage(number, images.large(), images.small(), text, warnings);
    }

    private static PDDocument open(Path pdf) {
        Objects.requireNonNull(pdf, "pdf");
        if (!Files.isRegularFile(pdf) || !Files.isReadable(pdf)) {
            throw new SlideStorageException("Cannot read the PDF " + pdf + ": not a readable file.");
        }
        try {
            return Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new PasswordProtectedDeckException(
                    "The PDF is protected by a password. Upload a copy without the password.", e);
        } catch (IOException e) {
            if (!Files.isReadable(pdf)) {
                throw new SlideStorageException("Cannot read the PDF " + pdf + ": " + e.getMessage(), e);
            }
            throw new CorruptDeckException("The PDF is damaged and cannot be opened: " + e.getMessage(), e);
        }
    }
}
