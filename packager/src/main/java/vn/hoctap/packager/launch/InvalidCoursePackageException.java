package vn.hoctap.packager.launch;

import java.util.List;

import vn.hoctap.core.error.ApiError.Violation;

/** The uploaded cmi5 package or course structure is not acceptable (400); every problem is listed. */
public final class InvalidCoursePackageException extends Cmi5LaunchException {

    private static final long serialVersionUID = 1L;

    public InvalidCoursePackageException(List<Violation> violations) {
        super(400, "invalid_cmi5_package", violations.size() == 1
                ? violations.get(0).path() + ": " + violations.get(0).message()
                : violations.size() + " problems in the cmi5 package; see violations.", violations);
    }

    public InvalidCoursePackageException(String path, String message) {
        this(List.of(new Violation(path, message)));
    }
}
