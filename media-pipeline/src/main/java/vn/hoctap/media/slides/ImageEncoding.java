package vn.hoctap.media.slides;

/**
 * How slide images are encoded. WebP is not in the JDK, so the choice is between PNG and JPEG.
 *
 * <p>Measured on the 66 slides of the eight corpus decks converted by LibreOffice and drawn by PDFBox (average
 * bytes per slide, 1280 px / 640 px): JPEG at quality 0.82 114 KB / 41 KB; PNG 206 KB / 80 KB;
 * {@link #ADAPTIVE} 110 KB / 42 KB with 39 of the 66 slides lossless PNG. PNG wins on flat text slides
 * (table-with-theme at 1280 px: 10 KB PNG, 24 KB JPEG) and keeps text sharp (no ringing around thin Khmer and
 * Vietnamese marks); JPEG wins by 2-3× on photographs and gradients. ADAPTIVE costs about 0.01-0.02 s more per
 * slide than JPEG alone.
 */
public enum ImageEncoding {
    /**
     * One format per slide: PNG unless its 640 px image is more than 25 % larger than the JPEG one — lossless
     * text for typical text slides, JPEG for photo-heavy ones. Costs one extra 640 px encoding per slide. The
     * default.
     */
    ADAPTIVE,
    /** Always JPEG at quality 0.82 (4:2:0 chroma subsampling, the JDK encoder's default). */
    JPEG,
    /** Always PNG. */
    PNG
}
