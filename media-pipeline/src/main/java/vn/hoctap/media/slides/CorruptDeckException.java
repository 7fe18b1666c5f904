package vn.hoctap.media.slides;

/**
 * Permanent: the file claims to be a deck or PDF but cannot be read (a truncated upload, a damaged archive,
 * invalid records). Neither LibreOffice nor the fallback could open it.
 */
public final class CorruptDeckException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public CorruptDeckException(String message) {
        super(true, message, null);
    }

    public CorruptDeckException(String message, Throwable cause) {
        super(true, message, cause);
    }
}
