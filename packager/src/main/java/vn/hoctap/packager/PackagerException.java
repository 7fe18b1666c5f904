package vn.hoctap.packager;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.error.ApiProblem;

/**
 * Root of every exception the packager throws. Unchecked; subclasses are named for what failed. The default
 * {@link #toApiError()} reports a 422 (the course content cannot be packaged); subclasses override it when
 * another status fits.
 */
public abstract class PackagerException extends RuntimeException implements ApiProblem {

    private static final long serialVersionUID = 1L;

    protected PackagerException(String message) {
        super(message);
    }

    protected PackagerException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ApiError toApiError() {
        return ApiError.of(422, "package_not_buildable", getMessage());
    }
}
