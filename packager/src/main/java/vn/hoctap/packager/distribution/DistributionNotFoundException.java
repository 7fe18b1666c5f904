package vn.hoctap.packager.distribution;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.packager.PackagerException;

/** No such course in the catalogue, package of a ready version, or file. */
public final class DistributionNotFoundException extends PackagerException {

    private static final long serialVersionUID = 1L;

    public DistributionNotFoundException(String message) {
        super(message);
    }

    @Override
    public ApiError toApiError() {
        return ApiError.of(404, "not_found", getMessage());
    }
}
