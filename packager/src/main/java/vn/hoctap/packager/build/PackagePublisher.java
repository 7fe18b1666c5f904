package vn.hoctap.packager.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.packager.content.CourseContent;

/**
 * Builds a package and stores it in the {@link ObjectStore} under
 * {@code packages/<manifest id>/v<version>/<file name>}; the store records its size and SHA-256 (the download
 * endpoints answer them and use the SHA-256 as ETag). The zip is written to a temporary file first so that a
 * failed build stores nothing.
 */
public final class PackagePublisher {

    private final PackageBuilder builder;
    private final ObjectStore store;

    public PackagePublisher(PackageBuilder builder, ObjectStore store) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** A built and stored package: where it is and what the builder wrote. */
    public record PublishedPackage(StoredObject object, BuiltPackage built) {
    }

    /**
     * Told of each package once it is stored, while its zip is still a local file: a chance to read entries of the
     * zip without fetching it back from the object store. The file is deleted when the call returns; the listener
     * must not keep it. An exception thrown here fails the publication.
     */
    public interface StoredZipListener {
        void stored(PublishedPackage published, Path localZip);
    }

    private static final StoredZipListener NOBODY = (published, localZip) -> { };

    /** The object key of a package. */
    public static String key(CourseContent course, PackageFormat format, PackageVariant variant) {
        return "packages/" + Identifiers.manifestId(course) + "/v" + course.version() + "/"
                + PackageBuilder.fileName(course, format, variant);
    }

    /** The object key of the index of a course version's packages ({@link #publishAll}). */
    public static String indexKey(CourseContent course) {
        return "packages/" + Identifiers.manifestId(course) + "/v" + course.version() + "/index.json";
    }

    /**
     * Builds and stores the packages of every format in both variants, then an index
     * ({@link #indexKey}, JSON, deterministic) listing each package's format, variant, key, file name, size,
     * SHA-256 and, per lesson, its media bytes against the low-bandwidth budget: what download endpoints need to
     * state sizes and digests without opening the zips.
     *
     * @return the packages in format then variant order
     */
    public java.util.List<PublishedPackage> publishAll(CourseContent course) {
        return publishAll(course, NOBODY);
    }

    /** {@link #publishAll(CourseContent)}, telling {@code listener} of each package while its zip is local. */
    public java.util.List<PublishedPackage> publishAll(CourseContent course, StoredZipListener listener) {
        java.util.List<PublishedPackage> all = new java.util.ArrayList<>();
        for (PackageFormat format : PackageFormat.values()) {
            for (PackageVariant variant : PackageVariant.values()) {
                all.add(publish(course, format, variant, listener));
            }
        }
        byte[] index = PackageIndex.json(course, all);
        store.put(indexKey(course), new java.io.ByteArrayInputStream(index), "application/json");
        return all;
    }

    public PublishedPackage publish(CourseContent course, PackageFormat format, PackageVariant variant) {
        return publish(course, format, variant, NOBODY);
    }

    private PublishedPackage publish(CourseContent course, PackageFormat format, PackageVariant variant,
                                     StoredZipListener listener) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("hoctap-package-", ".zip");
            BuiltPackage built;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                built = builder.write(course, format, variant, out);
            }
            StoredObject stored;
            try (InputStream in = Files.newInputStream(temporary)) {
                stored = store.put(key(course, format, variant), in, "application/zip");
            }
            if (!stored.sha256().equals(built.sha256())) {
                throw new PackageWriteException("the stored package " + stored.key()
                        + " differs from the one built (SHA-256 " + stored.sha256() + " against " + built.sha256()
                        + ")", null);
            }
            PublishedPackage published = new PublishedPackage(stored, built);
            listener.stored(published, temporary);
            return published;
        } catch (IOException e) {
            throw new PackageWriteException("a temporary file for the package could not be written: "
                    + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }
}
