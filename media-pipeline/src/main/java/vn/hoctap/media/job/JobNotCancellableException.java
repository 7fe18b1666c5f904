package vn.hoctap.media.job;

import vn.hoctap.media.process.MediaProcessException;

/** The job has already ended (ready, failed or cancelled) and cannot be cancelled (answered with 409). */
public final class JobNotCancellableException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public JobNotCancellableException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
