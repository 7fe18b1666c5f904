package vn.hoctap.media.slides;

/**
 * How slide images are encoded. WebP is not in the JDK, so the choice is between PNG and JPEG.
 *
 * <p>Measured on the 68 pages of the test corpus rendered by LibreOffice + PDFBox (average bytes per slide):
 * at 1280 px JPEG (quality 0.82) 113 KB, PNG 201 KB, {@link #ADAPTIVE} 107 KB; at 640 px JPEG 40 KB, PNG 79 KB,
 * {@link #ADAPTIVE} 40 KB. PNG wins on flat text slides (table-with-theme: 10 KB PNG vs 24 KB JPEG) and keeps
 * text sharp; JPEG wins by 2-3× on photographs and gradients.
 */
public enum ImageEncoding {
    /**
     * One format per slide: PNG unless its 640 px image is more than 10 % larger than the JPEG one — lossless
     * text for typical text slides, JPEG for photo-heavy ones. Costs one extra 640 px encoding per slide. The
     * default.
     */
    ADAPTIVE,
    /** Always JPEG at quality 0.82 (4:2:0 chroma subsampling, the JDK encoder's default). */
    JPEG,
    /** Always PNG. */
    PNG
}
