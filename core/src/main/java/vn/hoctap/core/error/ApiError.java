package vn.hoctap.core.error;

import java.util.List;
import java.util.Objects;

/**
 * The one error body of the whole HTTP API.
 *
 * <p>Every 4xx and 5xx response of every module carries this JSON object:
 * <pre>{"status":400,"code":"invalid_json","message":"...","path":"$.actor","violations":[...]}</pre>
 * {@code status} repeats the HTTP status; {@code code} is a stable machine-readable word for what failed;
 * {@code message} says in plain words what is wrong and how to fix it; {@code path} names the offending field,
 * query parameter or JSON path when one is known (else it is absent); {@code violations} lists every problem
 * found when more than one was (validation reports all of them, not just the first).
 *
 * @param status     the HTTP status code
 * @param code       a short, stable, machine-readable error code such as {@code not_found}
 * @param message    what is wrong and how to fix it, for a human
 * @param path       the offending field or JSON path, or {@code null} when unknown
 * @param violations each individual problem, empty when there is only the one described by message/path
 */
public record ApiError(int status, String code, String message, String path, List<Violation> violations) {

    public ApiError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** An error with neither a path nor a list of violations. */
    public static ApiError of(int status, String code, String message) {
        return new ApiError(status, code, message, null, List.of());
    }

    /** An error about one field or JSON path. */
    public static ApiError at(int status, String code, String message, String path) {
        return new ApiError(status, code, message, path, List.of());
    }

    /** An error summarising several violations; the first violation's path becomes the error's path. */
    public static ApiError ofViolations(int status, String code, String message, List<Violation> violations) {
        String firstPath = violations.isEmpty() ? null : violations.get(0).path();
        return new ApiError(status, code, message, firstPath, violations);
    }

    /**
     * One problem found in a request.
     *
     * @param path    where: a JSON path such as {@code $.actor.mbox}, a field name, or a query parameter
     * @param message what is wrong there
     */
    public record Violation(String path, String message) {
        public Violation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }
    }
}
