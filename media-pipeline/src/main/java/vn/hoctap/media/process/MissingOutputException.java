package vn.hoctap.media.process;

/**
 * A tool exited successfully but a file it should have written is missing or empty. The outcome of FFmpeg on the
 * same input and arguments does not change, so this is {@link Kind#PERMANENT}; it usually means the input has an
 * unusual structure (for example a video stream far shorter than the file).
 */
public final class MissingOutputException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public MissingOutputException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
