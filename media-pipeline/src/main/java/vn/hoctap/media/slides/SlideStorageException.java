package vn.hoctap.media.slides;

/**
 * Transient: reading the input or writing the images failed for a reason outside the content (no space left,
 * missing permission, the file disappeared).
 */
public final class SlideStorageException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public SlideStorageException(String message) {
        super(false, message, null);
    }

    public SlideStorageException(String message, Throwable cause) {
        super(false, message, cause);
    }
}
