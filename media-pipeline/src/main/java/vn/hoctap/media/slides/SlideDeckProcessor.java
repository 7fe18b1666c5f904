package vn.hoctap.media.slides;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.hoctap.media.detect.DetectedMedia;
import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.media.detect.MediaTypeDetector;

/**
 * Turns an uploaded deck or PDF into slide images, text and speaker notes:
 * <ol>
 *   <li>detect what the upload is ({@link MediaTypeDetector}, from its bytes);</li>
 *   <li>a pptx, ppt or odp deck: read its own slide text, notes and hidden flags ({@link SpeakerNotesReader}),
 *       convert it to PDF with LibreOffice ({@link LibreOfficeConverter}) and draw the PDF with PDFBox
 *       ({@link PdfSlideRenderer}); when LibreOffice is not installed, draw pptx and ppt with Apache POI
 *       ({@link PoiSlideRenderer}, marked {@link SlideDeckResult.Renderer#POI_FALLBACK});</li>
 *   <li>a PDF: draw it with PDFBox directly;</li>
 *   <li>leave hidden slides out, and warn about characters no installed font has ({@link FontCoverage}).</li>
 * </ol>
 *
 * <p><b>Contract.</b> The input file is never modified, moved or locked (LibreOffice works on a private copy).
 * Images are written into {@code outputDirectory} as {@code slide-NNN-1280.(png|jpg)} and
 * {@code slide-NNN-640.(png|jpg)}; on failure the images written so far are deleted again. Every failure is a
 * {@link SlideDeckException} whose {@link SlideDeckException#isPermanent()} tells whether a retry can help:
 * corrupt, password-protected, unsupported, empty and too large inputs are permanent; a missing or failing
 * LibreOffice, a time-out and I/O errors are transient.
 *
 * <p>Which failure a broken deck gives: POI reads the deck first. A password is reported at once. When POI
 * finds the deck damaged, LibreOffice still gets its chance (it repairs some damage); only when it fails too is
 * the deck reported as corrupt, with POI's reason.
 *
 * <p>Instances are thread-safe when their parts are (the ones of this package are).
 */
public final class SlideDeckProcessor {

    private static final String CONVERTED_PDF = ".converted-by-libreoffice.pdf";

    private final MediaTypeDetector detector;
    private final LibreOfficeConverter libreOffice;
    private final PdfSlideRenderer pdfRenderer;
    private final PoiSlideRenderer poiRenderer;
    private final SpeakerNotesReader notesReader;
    private final FontCoverage fonts;

    /**
     * @param detector    classifies the upload
     * @param libreOffice converts decks; may be {@linkplain LibreOfficeConverter#isAvailable() unavailable}
     * @param pdfRenderer draws PDFs; its page limit also bounds decks
     * @param poiRenderer the fallback when LibreOffice is unavailable
     * @param notesReader reads notes, slide text and hidden flags of decks
     * @param fonts       installed-font coverage for warnings; {@link FontCoverage#unknown()} for none
     */
    public SlideDeckProcessor(MediaTypeDetector detector, LibreOfficeConverter libreOffice,
                              PdfSlideRenderer pdfRenderer, PoiSlideRenderer poiRenderer,
                              SpeakerNotesReader notesReader, FontCoverage fonts) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.libreOffice = Objects.requireNonNull(libreOffice, "libreOffice");
        this.pdfRenderer = Objects.requireNonNull(pdfRenderer, "pdfRenderer");
        this.poiRenderer = Objects.requireNonNull(poiRenderer, "poiRenderer");
        this.notesReader = Objects.requireNonNull(notesReader, "notesReader");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** A processor with every part's defaults, LibreOffice found on this machine (if installed), fontconfig's fonts. */
    public static SlideDeckProcessor onThisMachine() {
        return new SlideDeckProcessor(new MediaTypeDetector(), LibreOfficeConverter.onThisMachine(),
                new PdfSlideRenderer(), new PoiSlideRenderer(), new SpeakerNotesReader(),
                FontCoverage.ofInstalledFonts());
    }

    /**
     * Processes one upload.
     *
     * @param input           the uploaded file; read, never modified; its name is ignored
     * @param outputDirectory where the images go; created when missing; files of the same names are replaced
     * @return the visible slides with their images, text and notes
     * @throws UnsupportedDeckException       (permanent) the upload is not a deck or PDF
     * @throws PasswordProtectedDeckException (permanent) it needs a password to open
     * @throws CorruptDeckException           (permanent) it cannot be read
     * @throws EmptyDeckException             (permanent) it has no visible slide
     * @throws DeckTooLargeException          (permanent) it has more slides than the PDF renderer's limit
     * @throws ConverterUnavailableException  (transient) an odp deck and no LibreOffice
     * @throws ConversionTimeoutException     (transient) LibreOffice was too slow and was killed
     * @throws ConversionFailedException      (transient) LibreOffice failed on a deck POI could read
     * @throws SlideStorageException          (transient) reading or writing files failed
     */
    public SlideDeckResult process(Path input, Path outputDirectory) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        DetectedMedia detected;
        try {
            detected = detector.detect(input);
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new SlideStorageException("Cannot read " + input + " or create " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
        try {
            return switch (detected.kind()) {
                case PDF -> fromPdf(input, detected, outputDirectory);
                case SLIDES_PPTX, SLIDES_PPT, SLIDES_ODP -> fromDeck(input, detected, outputDirectory);
                default -> throw notADeck(detected);
            };
        } catch (RuntimeException | Error e) {
            deleteSlideImages(outputDirectory);
            throw e;
        }
    }

    private SlideDeckResult fromPdf(Path pdf, DetectedMedia detected, Path out) {
        long started = System.nanoTime();
        RenderedDeck rendered = pdfRenderer.render(pdf, out);
        Duration rendering = Duration.ofNanos(System.nanoTime() - started);
        List<String> warnings = new ArrayList<>(rendered.warnings());
        List<SlideDeckResult.Slide> slides = new ArrayList<>();
        for (RenderedPage page : rendered.pages()) {
            warnings.addAll(page.warnings());
            slides.add(new SlideDeckResult.Slide(page.index(), page.large(), page.small(), page.text(), ""));
        }
        addFontWarnings(slides, warnings);
        return new SlideDeckResult(detected, SlideDeckResult.Renderer.PDFBOX, slides, warnings, Duration.ZERO, rendering);
    }

    private SlideDeckResult fromDeck(Path deck, DetectedMedia detected, Path out) {
        MediaKind kind = detected.kind();
        if (kind != MediaKind.SLIDES_PPT) {
            DecompressionBombGuard.defaults().check(deck);
        }
        List<SlideNotes> own = null;
        CorruptDeckException unreadable = null;
        try {
            own = notesReader.read(deck, kind);
        } catch (CorruptDeckException e) {
            unreadable = e;
        }
        if (own != null) {
            if (own.isEmpty()) {
                throw new EmptyDeckException("The presentation has no slides.");
            }
            checkSlideCount(own.size());
        }

        List<String> warnings = new ArrayList<>();
        RenderedDeck rendered;
        SlideDeckResult.Renderer renderer;
        Duration conversion = Duration.ZERO;
        long renderingStarted;
        if (libreOffice.isAvailable()) {
            Path pdf = out.resolve(CONVERTED_PDF);
            try {
                PdfConversion converted;
                try {
                    converted = libreOffice.convertToPdf(deck, kind, pdf);
                } catch (ConversionFailedException e) {
                    if (unreadable != null) {
                        throw new CorruptDeckException(unreadable.getMessage()
                                + " LibreOffice could not open it either.", e);
                    }
                    throw e;
                }
                conversion = converted.elapsed();
                renderingStarted = System.nanoTime();
                try {
                    rendered = pdfRenderer.render(pdf, out);
                } catch (CorruptDeckException | PasswordProtectedDeckException | EmptyDeckException e) {
                    throw new ConversionFailedException("LibreOffice wrote a PDF that cannot be drawn: "
                            + e.getMessage(), e);
                }
            } finally {
                deleteQuietly(pdf);
            }
            renderer = SlideDeckResult.Renderer.LIBREOFFICE;
        } else {
            if (kind == MediaKind.SLIDES_ODP) {
                throw new ConverterUnavailableException("LibreOffice is not installed, and OpenDocument "
                        + "presentations (odp) can only be drawn by LibreOffice. Install the Debian package "
                        + "libreoffice-impress, then process the deck again.");
            }
            if (unreadable != null) {
                throw unreadable;
            }
            renderingStarted = System.nanoTime();
            rendered = poiRenderer.render(deck, kind, out);
            renderer = SlideDeckResult.Renderer.POI_FALLBACK;
            warnings.add("LibreOffice is not installed, so Apache POI drew the slides: charts, SmartArt, some "
                    + "effects and pictures may be missing or differ. Install libreoffice-impress and process "
                    + "the deck again for faithful images.");
        }
        warnings.addAll(rendered.warnings());

        List<RenderedPage> pages = rendered.pages();
        boolean matched = own != null && own.size() == pages.size();
        if (own != null && !matched) {
            warnings.add("LibreOffice made " + pages.size() + " pages of a deck of " + own.size()
                    + " slides; the text comes from the PDF, speaker notes are left out and no slide is "
                    + "treated as hidden.");
        } else if (unreadable != null) {
            warnings.add("The deck could be drawn but not read for its notes (" + unreadable.getMessage()
                    + "); the text comes from the PDF and there are no speaker notes.");
        }

        List<SlideDeckResult.Slide> slides = new ArrayList<>();
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            RenderedPage page = pages.get(i);
            SlideNotes notes = matched ? own.get(i) : null;
            if (notes != null && notes.hidden()) {
                hidden.add(page.index());
                deleteQuietly(page.large().file());
                deleteQuietly(page.small().file());
                continue;
            }
            warnings.addAll(page.warnings());
            String text = notes != null && !notes.text().isEmpty() ? notes.text() : page.text();
            slides.add(new SlideDeckResult.Slide(page.index(), page.large(), page.small(), text,
                    notes == null ? "" : notes.notes()));
        }
        if (!hidden.isEmpty()) {
            warnings.add((hidden.size() == 1 ? "Slide " : "Slides ")
                    + hidden.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (hidden.size() == 1 ? " is" : " are") + " hidden in the deck and left out.");
        }
        if (slides.isEmpty()) {
            throw new EmptyDeckException("Every slide of the presentation is hidden; nothing to show.");
        }
        addFontWarnings(slides, warnings);
        Duration rendering = Duration.ofNanos(System.nanoTime() - renderingStarted);
        return new SlideDeckResult(detected, renderer, slides, warnings, conversion, rendering);
    }

    private void checkSlideCount(int slides) {
        int max = pdfRenderer.maxPages();
        if (slides > max) {
            throw new DeckTooLargeException("The presentation has " + slides + " slides; at most " + max
                    + " are rendered. Split it into several lessons.");
        }
    }

    private void addFontWarnings(List<SlideDeckResult.Slide> slides, List<String> warnings) {
        for (SlideDeckResult.Slide slide : slides) {
            String warning = fonts.warningFor("Slide " + slide.index(), slide.text());
            if (warning != null) {
                warnings.add(warning);
            }
        }
    }

    private static SlideDeckException notADeck(DetectedMedia detected) {
        if (detected.isPasswordProtectedOffice()) {
            return new PasswordProtectedDeckException("The Office document is protected by a password. "
                    + "Upload a copy without the password.");
        }
        return new UnsupportedDeckException("The upload is " + detected.mimeType() + " (" + detected.kind()
                + "), not a presentation (pptx, ppt, odp) or PDF.");
    }

    /** Deletes the images this class's renderers write ({@code slide-*-1280.*}, {@code slide-*-640.*}). */
    private static void deleteSlideImages(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> images = Files.newDirectoryStream(directory, "slide-*-{1280,640}.{png,jpg}")) {
            for (Path image : images) {
                deleteQuietly(image);
            }
        } catch (IOException ignored) {
            // Best effort; the caller is told about the original failure.
        }
        deleteQuietly(directory.resolve(CONVERTED_PDF));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Best effort.
        }
    }
}
