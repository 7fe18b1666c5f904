package vn.hoctap.media.upload;

import vn.hoctap.media.process.MediaProcessException;

/** The bytes of a piece do not match the checksum the client sent; nothing of the piece is kept (answered with 460). */
public final class UploadChecksumMismatchException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public UploadChecksumMismatchException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
