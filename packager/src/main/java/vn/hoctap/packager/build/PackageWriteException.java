package vn.hoctap.packager.build;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.packager.PackagerException;

/** Writing a package failed for a reason outside the content: the output or a file could not be written/read. */
public final class PackageWriteException extends PackagerException {

    private static final long serialVersionUID = 1L;

    public PackageWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ApiError toApiError() {
        return ApiError.of(503, "package_write_failed", getMessage());
    }
}
