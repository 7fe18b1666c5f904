package vn.hoctap.authoring.error;

/** An update named an ETag (If-Match) that is no longer the resource's current one: someone changed it (412). */
public final class StaleWriteException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public StaleWriteException(String what, long expected, long current) {
        super(412, "precondition_failed", what + " was changed by someone else (your If-Match names version "
                + expected + ", it is now at " + current + "). Read it again, reapply your change and retry.");
        this.currentVersion = current;
    }

    /** An If-Match that is not an ETag this API gave: it matches nothing. */
    public StaleWriteException(String what, String ifMatch) {
        super(412, "precondition_failed", "If-Match " + ifMatch + " is not an ETag of " + what
                + "; send the ETag header of your last GET.");
        this.currentVersion = -1;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
