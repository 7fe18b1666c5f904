package vn.hoctap.media.upload;

import vn.hoctap.media.process.MediaProcessException;

/** A resumable-upload request that breaks the protocol: a missing or malformed header or length (answered with 400). */
public final class InvalidUploadRequestException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public InvalidUploadRequestException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
