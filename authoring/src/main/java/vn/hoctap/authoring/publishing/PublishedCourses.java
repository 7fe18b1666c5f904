package vn.hoctap.authoring.publishing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The published versions of courses, for the modules that ship them (the packager, the app's catalogue). A
 * version never changes once published: {@link #version} returns the same content every time, read from the
 * snapshot stored at publication, whatever happened to the draft or the assets since. No access checks: callers
 * are the platform's own services.
 */
public interface PublishedCourses {

    /** Version {@code number} of a course, withdrawn or not; empty when there is no such version. */
    Optional<PublishedCourse> version(UUID courseId, int number);

    /** The newest version of a course that is not withdrawn; empty when there is none. */
    Optional<PublishedCourse> latest(UUID courseId);

    /** Every version of a course, newest first (empty for an unknown course). */
    List<VersionSummary> history(UUID courseId);

    /** The newest not-withdrawn version of every course that has one, most recently published first. */
    List<VersionSummary> catalogue();
}
