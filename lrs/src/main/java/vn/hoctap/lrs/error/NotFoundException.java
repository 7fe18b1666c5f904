package vn.hoctap.lrs.error;

/** The store, credential, statement or document asked for does not exist (in the caller's store). */
public final class NotFoundException extends LrsException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(404, "not_found", what + " does not exist.");
    }
}
