package vn.hoctap.media.slides;

/**
 * Transient: LibreOffice did not finish within the time limit and was killed with all its child processes.
 * Often a machine under load; a retry may succeed. A deck that times out every time should be reported.
 */
public final class ConversionTimeoutException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public ConversionTimeoutException(String message) {
        super(false, message, null);
    }

    public ConversionTimeoutException(String message, Throwable cause) {
        super(false, message, cause);
    }
}
