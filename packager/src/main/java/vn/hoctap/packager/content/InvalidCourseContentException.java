package vn.hoctap.packager.content;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.packager.PackagerException;

/** The course content given to the packager breaks a rule of the model; the message names the field. */
public final class InvalidCourseContentException extends PackagerException {

    private static final long serialVersionUID = 1L;
    private final String path;

    public InvalidCourseContentException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /** Where in the content the problem is, e.g. {@code lessons[2].blocks[0].slides[3].largeImage}. */
    public String path() {
        return path;
    }

    @Override
    public ApiError toApiError() {
        return ApiError.at(422, "invalid_course_content", getMessage(), path);
    }
}
