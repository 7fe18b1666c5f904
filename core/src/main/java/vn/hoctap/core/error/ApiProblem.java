package vn.hoctap.core.error;

/**
 * Implemented by every module's exception root so that a module's single exception mapper can turn any of its
 * exceptions into an {@link ApiError} without a chain of {@code instanceof} checks.
 */
public interface ApiProblem {

    /** The error body (and HTTP status) this problem is reported as. */
    ApiError toApiError();
}
