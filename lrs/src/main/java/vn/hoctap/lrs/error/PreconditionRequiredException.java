package vn.hoctap.lrs.error;

/**
 * A document that exists was to be replaced without If-Match or If-None-Match: xAPI 1.0.x answers 409, xAPI 2.0
 * answers 428.
 */
public final class PreconditionRequiredException extends LrsException {

    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(int status) {
        super(status, "precondition_required", "This document already exists: send If-Match with its ETag to replace"
                + " it (or If-None-Match: * to create it only if it does not exist).");
    }
}
