package vn.hoctap.lrs.error;

/**
 * A document that exists was to be replaced without If-Match or If-None-Match: 409 (xAPI 1.0.x for profiles,
 * xAPI 2.0.0 Concurrency for every document resource).
 */
public final class PreconditionRequiredException extends LrsException {

    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException() {
        super(409, "precondition_required", "This document already exists: send If-Match with its ETag to replace"
                + " it (or If-None-Match: * to create it only if it does not exist).");
    }
}
