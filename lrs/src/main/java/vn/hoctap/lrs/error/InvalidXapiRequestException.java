package vn.hoctap.lrs.error;

import java.util.List;

import vn.hoctap.core.error.ApiError.Violation;

/** The request breaks xAPI rules: every violation is listed with its JSON path or parameter name. */
public final class InvalidXapiRequestException extends LrsException {

    private static final long serialVersionUID = 1L;

    public InvalidXapiRequestException(List<Violation> violations) {
        super(400, "invalid_xapi", summary(violations), violations);
    }

    public InvalidXapiRequestException(String path, String message) {
        this(List.of(new Violation(path, message)));
    }

    private static String summary(List<Violation> violations) {
        if (violations.size() == 1) {
            return violations.get(0).path() + ": " + violations.get(0).message();
        }
        return violations.size() + " problems; see violations.";
    }
}
