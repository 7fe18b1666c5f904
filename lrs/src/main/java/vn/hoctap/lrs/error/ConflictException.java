package vn.hoctap.lrs.error;

/** The request conflicts with what is stored (a different statement with the same id, a duplicate name...). */
public final class ConflictException extends LrsException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(409, "conflict", message);
    }
}
