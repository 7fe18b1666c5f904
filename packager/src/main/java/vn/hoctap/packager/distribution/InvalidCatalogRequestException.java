package vn.hoctap.packager.distribution;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.packager.PackagerException;

/** A catalogue or download request names a parameter value that is not allowed; the message says which. */
public final class InvalidCatalogRequestException extends PackagerException {

    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidCatalogRequestException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    @Override
    public ApiError toApiError() {
        return ApiError.at(400, "invalid_input", getMessage(), parameter);
    }
}
