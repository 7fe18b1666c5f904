package vn.hoctap.authoring.error;

import java.util.List;

import vn.hoctap.core.error.ApiError.Violation;

/**
 * Well-formed input that cannot be used as it stands (422): a block names an asset that does not exist, is of the
 * wrong kind or failed processing, or a publish finds an empty lesson. Each problem is listed with its path.
 */
public final class UnprocessableException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    public UnprocessableException(String code, String message, List<Violation> violations) {
        super(422, code, message, null, violations);
    }
}
