package vn.hoctap.media.captions;

import vn.hoctap.media.process.MediaProcessException;

/** Captions sent for an asset that cannot take them: not a video, or not processed yet (answered with 422). */
public final class CaptionsNotApplicableException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public CaptionsNotApplicableException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
