package vn.hoctap.packager.launch;

import java.util.List;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.error.ApiProblem;

/**
 * The root of every exception the cmi5 LMS side throws on purpose; each subclass is named for what failed and
 * knows its HTTP status. {@code Cmi5ExceptionMapper} turns them into the API's error body.
 */
public abstract class Cmi5LaunchException extends RuntimeException implements ApiProblem {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final List<ApiError.Violation> violations;

    protected Cmi5LaunchException(int status, String code, String message, List<ApiError.Violation> violations) {
        super(message);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    @Override
    public ApiError toApiError() {
        return new ApiError(status, code, getMessage(), violations.isEmpty() ? null : violations.get(0).path(),
                violations);
    }
}
