package vn.hoctap.media.slides;

/**
 * Permanent: the deck has no slide to show: no slides or pages at all, or every slide is hidden.
 */
public final class EmptyDeckException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public EmptyDeckException(String message) {
        super(true, message, null);
    }

    public EmptyDeckException(String message, Throwable cause) {
        super(true, message, cause);
    }
}
