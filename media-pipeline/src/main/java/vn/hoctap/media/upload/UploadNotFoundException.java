package vn.hoctap.media.upload;

import vn.hoctap.media.process.MediaProcessException;

/** No resumable upload has this id, or it expired or was terminated (answered with 404). */
public final class UploadNotFoundException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public UploadNotFoundException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
