package vn.hoctap.lrs.error;

import java.util.List;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.error.ApiProblem;

/**
 * The root of every exception the LRS throws on purpose; each subclass is named for what failed and knows its
 * HTTP status. {@code LrsExceptionMapper} is the one place that turns them into responses.
 */
public abstract class LrsException extends RuntimeException implements ApiProblem {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final List<ApiError.Violation> violations;

    protected LrsException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    protected LrsException(int status, String code, String message, List<ApiError.Violation> violations) {
        super(message);
        this.status = status;
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    @Override
    public ApiError toApiError() {
        return new ApiError(status, code, getMessage(), violations.isEmpty() ? null : violations.get(0).path(),
                violations);
    }
}
