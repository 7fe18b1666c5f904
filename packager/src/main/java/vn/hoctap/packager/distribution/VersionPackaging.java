package vn.hoctap.packager.distribution;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.hoctap.authoring.publishing.PublishedCourse;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.packager.build.PackageBuilder;
import vn.hoctap.packager.build.PackageFormat;
import vn.hoctap.packager.build.PackageVariant;
import vn.hoctap.packager.build.PackagePublisher;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.ObjectStorePackageFiles;

/**
 * Packages one published version: maps its snapshot ({@link PublishedCourseMapping}), builds and stores the 8
 * packages and {@code index.json} ({@link PackagePublisher#publishAll}), storing every file of every package by
 * hash from the zip's local copy as each is built ({@link ContentAddressedFiles}: no zip is read back from the
 * store), then each package's {@link FileManifest} beside the zip
 * ({@code <zip key>.files.json}). Repeating it for the same version writes the same bytes (deterministic zips).
 */
public final class VersionPackaging {

    private final ObjectStore store;
    private final PublishedCourseMapping mapping;
    private final PackagePublisher publisher;
    private final ContentAddressedFiles files;

    public VersionPackaging(ObjectStore store, PublishedCourseMapping mapping) {
        this.store = Objects.requireNonNull(store, "store");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.publisher = new PackagePublisher(new PackageBuilder(new ObjectStorePackageFiles(store)), store);
        this.files = new ContentAddressedFiles(store);
    }

    /** The key of a package's file manifest. */
    public static String manifestKey(String packageKey) {
        return packageKey.substring(0, packageKey.length() - ".zip".length()) + ".files.json";
    }

    /** Builds and stores everything; returns the rows to record. */
    public List<DistributionRepository.PackageRow> packageVersion(PublishedCourse course) {
        return packageVersion(course, fullCmi5 -> { });
    }

    /**
     * Builds and stores everything, handing the full cmi5 zip to {@code fullCmi5} while it is still a local file
     * (valid during the call only); returns the rows to record.
     */
    public List<DistributionRepository.PackageRow> packageVersion(PublishedCourse course,
            java.util.function.Consumer<java.nio.file.Path> fullCmi5) {
        CourseContent content = mapping.toContent(course);
        List<DistributionRepository.PackageRow> rows = new ArrayList<>();
        java.util.Map<String, FileManifest> manifests = new java.util.HashMap<>();
        java.util.Set<String> knownStored = new java.util.HashSet<>();
        List<PackagePublisher.PublishedPackage> all = publisher.publishAll(content, (published, localZip) -> {
            manifests.put(published.object().key(), files.storeFilesOf(published, localZip, knownStored));
            if (published.built().format() == PackageFormat.CMI5 && published.built().variant() == PackageVariant.FULL) {
                fullCmi5.accept(localZip);
            }
        });
        for (PackagePublisher.PublishedPackage published : all) {
            String key = published.object().key();
            FileManifest manifest = manifests.get(key);
            StoredObject stored = store.put(manifestKey(key), new ByteArrayInputStream(manifest.toJson()),
                    "application/json");
            rows.add(new DistributionRepository.PackageRow(course.courseId(), course.number(),
                    published.built().format().slug(), published.built().variant().slug(), key,
                    published.built().fileName(), published.object().size(), published.object().sha256(),
                    stored.key(), stored.sha256(), manifest.files().size()));
        }
        return rows;
    }

    /** The course IRI used in the packages (the xAPI activity id of the course). */
    public String courseIri(java.util.UUID courseId) {
        return mapping.courseIri(courseId);
    }

    /** Stores the cover (or other) file by hash, returning the hash. */
    public String storeByHash(String key) {
        return files.storeCopyOf(key);
    }
}
