package vn.hoctap.media.slides;

/**
 * Transient: LibreOffice is needed (for example for an odp deck, which POI cannot render) but is not installed
 * or cannot be started. An operator must install it (Debian: {@code libreoffice-impress}); then retry.
 */
public final class ConverterUnavailableException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public ConverterUnavailableException(String message) {
        super(false, message, null);
    }

    public ConverterUnavailableException(String message, Throwable cause) {
        super(false, message, cause);
    }
}
