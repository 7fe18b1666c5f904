package vn.hoctap.media.slides;

/**
 * Permanent: the deck has more slides or pages than the processor is configured to render.
 */
public final class DeckTooLargeException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public DeckTooLargeException(String message) {
        super(true, message, null);
    }

    public DeckTooLargeException(String message, Throwable cause) {
        super(true, message, cause);
    }
}
