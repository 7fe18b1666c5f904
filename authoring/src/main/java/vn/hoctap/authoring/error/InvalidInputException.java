package vn.hoctap.authoring.error;

import java.util.List;

import vn.hoctap.core.error.ApiError;

/** A request broke one or more validation rules; every broken rule is listed with its field path. */
public final class InvalidInputException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(List<ApiError.Violation> violations) {
        super(400, "invalid_input", summary(violations), null, violations);
    }

    private static String summary(List<ApiError.Violation> violations) {
        if (violations.size() == 1) {
            return violations.get(0).path() + ": " + violations.get(0).message();
        }
        return violations.size() + " fields are invalid; see violations.";
    }
}
