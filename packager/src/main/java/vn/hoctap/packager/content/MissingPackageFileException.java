package vn.hoctap.packager.content;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.packager.PackagerException;

/** A file the course content refers to cannot be read from {@link PackageFiles}. */
public final class MissingPackageFileException extends PackagerException {

    private static final long serialVersionUID = 1L;

    public MissingPackageFileException(String key, Throwable cause) {
        super("the file " + key + " that the course refers to cannot be read"
                + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    @Override
    public ApiError toApiError() {
        return ApiError.of(409, "package_file_missing", getMessage());
    }
}
