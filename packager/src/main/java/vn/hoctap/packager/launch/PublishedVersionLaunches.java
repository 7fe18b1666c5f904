package vn.hoctap.packager.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.UUID;

import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.packager.distribution.LaunchableVersions;

/**
 * Makes packaged course versions launchable from the platform: reads a version's full cmi5 package from the
 * object store and imports it once as the cmi5 course of that version ({@link Cmi5Courses#importPublishedVersion}),
 * recording the learners' statements in one LRS store.
 */
public final class PublishedVersionLaunches implements LaunchableVersions {

    private final Cmi5Courses courses;
    private final ObjectStore objects;
    private final String storeName;

    public PublishedVersionLaunches(Cmi5Courses courses, ObjectStore objects, String storeName) {
        this.courses = Objects.requireNonNull(courses, "courses");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
    }

    @Override
    public void register(UUID courseId, int version, String cmi5PackageKey) {
        if (courses.publishedVersion(courseId, version).isPresent()) {
            return;
        }
        try (InputStream in = objects.open(cmi5PackageKey)) {
            Cmi5Courses.received(in, zip -> courses.importPublishedVersion(courseId, version, zip, storeName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
