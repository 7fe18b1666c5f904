package vn.hoctap.media.captions;

import vn.hoctap.media.process.MediaProcessException;

/** A caption file that is neither valid WebVTT nor valid SRT; the message names the line. Never retried. */
public final class InvalidCaptionsException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public InvalidCaptionsException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
