package vn.hoctap.lrs.error;

/** A signed statement whose JWS is malformed, uses another algorithm than RS256/384/512, does not verify, or
 * signs something else than the statement. */
public final class InvalidSignatureException extends LrsException {

    private static final long serialVersionUID = 1L;

    public InvalidSignatureException(String message) {
        super(400, "invalid_signature", message);
    }
}
