package vn.hoctap.packager.launch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

import vn.hoctap.packager.distribution.LaunchableVersions;

/**
 * Makes packaged course versions launchable from the platform: imports a version's full cmi5 package (the local
 * zip the packaging just wrote) once as the cmi5 course of that version ({@link Cmi5Courses#importPublishedVersion}),
 * recording the learners' statements in one LRS store.
 */
public final class PublishedVersionLaunches implements LaunchableVersions {

    private final Cmi5Courses courses;
    private final String storeName;

    public PublishedVersionLaunches(Cmi5Courses courses, String storeName) {
        this.courses = Objects.requireNonNull(courses, "courses");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
    }

    @Override
    public void register(UUID courseId, int version, Path cmi5Package) {
        courses.importPublishedVersion(courseId, version, cmi5Package, storeName);
    }
}
