package vn.hoctap.packager.distribution;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Makes a packaged course version launchable from the platform itself (the cmi5 LMS side). {@link CatalogSync}
 * calls it while the version is packaged, with the full cmi5 zip still local (never read back from the object
 * store), and before the version is marked ready, so a failure here fails
 * that packaging attempt (recorded and retried like any other) — except the last attempt's: then the version is
 * offered to the app all the same, without being launchable, and the failure is logged.
 */
@FunctionalInterface
public interface LaunchableVersions {

    /** Launching is not offered (tests of packaging alone). */
    LaunchableVersions NONE = (courseId, version, cmi5Package) -> {
    };

    /**
     * Registers a version's full cmi5 package for launching. Must be idempotent: a retried packaging, or another
     * node, calls it again for the same version, and the version must still have exactly one launchable course.
     *
     * @param courseId       the published course (authoring's id)
     * @param version        the version number
     * @param cmi5Package    the version's full cmi5 zip as the packaging just wrote it: a local file, valid during
     *                       the call only (not modified, not deleted)
     * @throws RuntimeException when the package cannot be registered (the packaging attempt fails)
     */
    void register(UUID courseId, int version, Path cmi5Package);
}
