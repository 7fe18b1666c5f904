package vn.hoctap.media.process;

import java.io.IOException;

/**
 * Reading or writing a local working file failed (disk full, permissions, the directory vanished).
 * {@link Kind#TRANSIENT}. The cause is the original {@link IOException}.
 */
public final class MediaIoException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public MediaIoException(String message, IOException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    @Override
    public Kind kind() {
        return Kind.TRANSIENT;
    }
}
