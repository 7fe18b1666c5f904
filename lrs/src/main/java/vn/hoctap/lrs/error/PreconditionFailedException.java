package vn.hoctap.lrs.error;

/** If-Match or If-None-Match did not hold for the document as stored (412). */
public final class PreconditionFailedException extends LrsException {

    private static final long serialVersionUID = 1L;

    public PreconditionFailedException(String message) {
        super(412, "precondition_failed", message);
    }
}
