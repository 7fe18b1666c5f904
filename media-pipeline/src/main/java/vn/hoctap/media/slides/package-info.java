/**
 * Slide decks and PDFs to slide images, text and speaker notes, for the lesson player and the offline app.
 *
 * <p>{@link vn.hoctap.media.slides.SlideDeckProcessor} is the entry point; its parts can be used alone:
 * <ul>
 *   <li>{@link vn.hoctap.media.slides.LibreOfficeConverter}: pptx/ppt/odp to PDF with headless LibreOffice, one
 *       process per deck, private profile, time-out, lowered priority, output checked;</li>
 *   <li>{@link vn.hoctap.media.slides.PdfSlideRenderer}: each PDF page to a 1280 px and a 640 px image (PDFBox)
 *       and its text;</li>
 *   <li>{@link vn.hoctap.media.slides.SpeakerNotesReader}: each slide's notes, own text and hidden flag (POI for
 *       pptx and ppt, {@code content.xml} for odp);</li>
 *   <li>{@link vn.hoctap.media.slides.PoiSlideRenderer}: the fallback drawing with POI when LibreOffice is
 *       missing;</li>
 *   <li>{@link vn.hoctap.media.slides.FontCoverage}: which characters no installed font has.</li>
 * </ul>
 *
 * <p>Failures are {@link vn.hoctap.media.slides.SlideDeckException}s; each subclass names what failed and
 * {@link vn.hoctap.media.slides.SlideDeckException#isPermanent()} says whether the input (permanent) or the
 * machine (transient) is at fault.
 *
 * <p>Images are PNG or JPEG per slide ({@link vn.hoctap.media.slides.ImageEncoding#ADAPTIVE}); WebP would need
 * a native encoder outside the JDK.
 *
 * <p>Plain Java: no CDI, no JAX-RS. Nothing here keeps a process running between calls.
 */
package vn.hoctap.media.slides;
