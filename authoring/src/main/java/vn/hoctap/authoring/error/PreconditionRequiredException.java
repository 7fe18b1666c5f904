package vn.hoctap.authoring.error;

/** An update came without If-Match: updates must name the version they change (428). */
public final class PreconditionRequiredException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String what) {
        super(428, "precondition_required", "Changing " + what + " needs an If-Match header with the ETag you read"
                + " (GET it first), so that a concurrent change is never overwritten.");
    }
}
