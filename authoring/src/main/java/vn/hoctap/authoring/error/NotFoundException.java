package vn.hoctap.authoring.error;

/** No course, lesson, block or version with this id (404). */
public final class NotFoundException extends AuthoringException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String code, String message) {
        super(404, code, message);
    }

    public static NotFoundException course(Object id) {
        return new NotFoundException("course_not_found", "No course with id " + id + ".");
    }

    public static NotFoundException lesson(Object id) {
        return new NotFoundException("lesson_not_found", "No lesson with id " + id + " in this course.");
    }

    public static NotFoundException block(Object id) {
        return new NotFoundException("block_not_found", "No block with id " + id + " in this lesson.");
    }

    public static NotFoundException version(Object courseId, int number) {
        return new NotFoundException("version_not_found", "Course " + courseId + " has no published version " + number + ".");
    }
}
