package vn.hoctap.media.slides;

/**
 * Transient: LibreOffice ended without writing a PDF (or wrote an empty or invalid one) although the deck itself
 * could be read, or it could not be started. The message carries the end of its output.
 */
public final class ConversionFailedException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public ConversionFailedException(String message) {
        super(false, message, null);
    }

    public ConversionFailedException(String message, Throwable cause) {
        super(false, message, cause);
    }
}
