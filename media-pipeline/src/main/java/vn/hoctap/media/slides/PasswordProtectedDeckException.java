package vn.hoctap.media.slides;

/**
 * Permanent: the deck or PDF is encrypted with a password (an "open" password; a PDF that only restricts
 * printing or copying is processed). The author must upload a copy without the password.
 */
public final class PasswordProtectedDeckException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public PasswordProtectedDeckException(String message) {
        super(true, message, null);
    }

    public PasswordProtectedDeckException(String message, Throwable cause) {
        super(true, message, cause);
    }
}
