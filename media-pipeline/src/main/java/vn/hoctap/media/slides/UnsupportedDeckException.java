package vn.hoctap.media.slides;

/**
 * Permanent: the upload is not something this pipeline turns into slides (a video, a Word document, an
 * unknown type, a PowerPoint 95 file). The message names the detected MIME type.
 */
public final class UnsupportedDeckException extends SlideDeckException {

    private static final long serialVersionUID = 1L;

    public UnsupportedDeckException(String message) {
        super(true, message, null);
    }

    public UnsupportedDeckException(String message, Throwable cause) {
        super(true, message, cause);
    }
}
