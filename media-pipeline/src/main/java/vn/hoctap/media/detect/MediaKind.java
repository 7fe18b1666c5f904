package vn.hoctap.media.detect;

/**
 * The few kinds of upload the platform handles, each with its own processing path. Anything else is
 * {@link #UNSUPPORTED}.
 */
public enum MediaKind {
    /** A video container (MP4, WebM, Matroska, QuickTime, ...): transcoded by FFmpeg. */
    VIDEO,
    /** An audio file (MP3, AAC/M4A, Ogg, WAV, FLAC, ...). */
    AUDIO,
    /** A PowerPoint 2007+ deck (pptx, and its ppsx, potx, pptm variants). */
    SLIDES_PPTX,
    /** A PowerPoint 97-2003 deck (ppt). */
    SLIDES_PPT,
    /** An OpenDocument presentation (odp, otp). */
    SLIDES_ODP,
    /** A PDF document; rendered page by page like a deck. */
    PDF,
    /** A raster image (JPEG, PNG, GIF, WebP, BMP, TIFF, HEIC/HEIF, AVIF). SVG is not an image here: it can carry scripts. */
    IMAGE,
    /** Captions as text: WebVTT or SubRip (SRT). */
    CAPTIONS,
    /** Anything else, including empty files, Word and Excel documents and password-protected Office files. */
    UNSUPPORTED;

    /** Whether this kind is a slide deck that LibreOffice (or POI) turns into slides: pptx, ppt or odp. */
    public boolean isSlideDeck() {
        return this == SLIDES_PPTX || this == SLIDES_PPT || this == SLIDES_ODP;
    }
}
