package vn.hoctap.authoring.error;

import java.util.List;

import vn.hoctap.core.error.ApiError.Violation;

/**
 * The request is valid but the course is not in a state that allows it (409): publishing a draft that is not
 * approved, reviewing a draft nobody submitted, withdrawing twice, deleting a published course, or publishing
 * while an asset is still being transcoded.
 */
public final class ConflictException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String code, String message) {
        super(409, code, message);
    }

    public ConflictException(String code, String message, List<Violation> violations) {
        super(409, code, message, null, violations);
    }
}
