package vn.hoctap.authoring.error;

import java.util.List;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.error.ApiProblem;

/**
 * The root of every exception the authoring module throws on purpose. Each subclass is named for what failed
 * and knows the HTTP status and error body it is reported as; {@code AuthoringExceptionMapper} is the single
 * place that turns them into responses.
 */
public abstract class AuthoringException extends RuntimeException implements ApiProblem {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String path;
    private final List<ApiError.Violation> violations;

    protected AuthoringException(int status, String code, String message) {
        this(status, code, message, null, List.of());
    }

    protected AuthoringException(int status, String code, String message, String path,
            List<ApiError.Violation> violations) {
        super(message);
        this.status = status;
        this.code = code;
        this.path = path;
        this.violations = List.copyOf(violations);
    }

    @Override
    public ApiError toApiError() {
        String where = path != null ? path : violations.isEmpty() ? null : violations.get(0).path();
        return new ApiError(status, code, getMessage(), where, violations);
    }
}
