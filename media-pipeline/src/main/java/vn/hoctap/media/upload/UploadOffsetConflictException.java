package vn.hoctap.media.upload;

import vn.hoctap.media.process.MediaProcessException;

/** A piece sent at an offset other than the bytes received so far (answered with 409; ask for the offset again). */
public final class UploadOffsetConflictException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public UploadOffsetConflictException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
