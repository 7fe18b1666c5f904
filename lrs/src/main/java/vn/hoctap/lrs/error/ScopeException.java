package vn.hoctap.lrs.error;

/** The credential is valid but its scopes do not allow this request. */
public final class ScopeException extends LrsException {

    private static final long serialVersionUID = 1L;

    public ScopeException(String needed) {
        super(403, "forbidden_scope", "This credential's scopes do not allow this request; it needs " + needed + ".");
    }
}
