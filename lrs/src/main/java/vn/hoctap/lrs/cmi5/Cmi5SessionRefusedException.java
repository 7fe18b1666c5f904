package vn.hoctap.lrs.cmi5;

import vn.hoctap.lrs.error.LrsException;

/**
 * A launch session's credential asked for something its session does not allow (403): voiding, another learner's
 * or registration's documents, changing LMS.LaunchData, or anything after the session ended or expired.
 */
public final class Cmi5SessionRefusedException extends LrsException {

    private static final long serialVersionUID = 1L;

    public Cmi5SessionRefusedException(String message) {
        super(403, "cmi5_session", message);
    }
}
