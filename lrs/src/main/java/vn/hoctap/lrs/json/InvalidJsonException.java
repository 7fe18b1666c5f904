package vn.hoctap.lrs.json;

import java.util.Objects;
import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.error.ApiProblem;

/**
 * A request body or JSON parameter is not acceptable JSON: malformed text, a property name used twice in one
 * object, content after the JSON value, an empty body, or a JSON value of the wrong kind (an array where an object
 * is expected).
 *
 * <p>Carries exactly one {@link ApiError.Violation}: its path is the best known JSON location of the problem
 * ({@code $} when nothing better is known) and its message says what is wrong, where (line and column for syntax
 * errors) and what is expected. It is reported as HTTP 400 with the error code {@value #CODE}.
 */
public final class InvalidJsonException extends RuntimeException implements ApiProblem {

    private static final long serialVersionUID = 1L;

    /** The {@link ApiError#code()} of this problem. */
    public static final String CODE = "invalid_json";

    private final String path;
    private final String problem;

    /**
     * @param path    where: a JSON path such as {@code $} or {@code $.actor}, never null
     * @param problem what is wrong there and what is expected, never null
     * @param cause   the parser's exception, or null
     */
    public InvalidJsonException(String path, String problem, Throwable cause) {
        super(Objects.requireNonNull(path, "path") + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.path = path;
        this.problem = problem;
    }

    /** The one violation: the JSON path and the message (without the path). */
    public ApiError.Violation violation() {
        return new ApiError.Violation(path, problem);
    }

    /** HTTP 400, code {@value #CODE}, the violation's message and path. */
    @Override
    public ApiError toApiError() {
        return ApiError.at(400, CODE, problem, path);
    }
}
