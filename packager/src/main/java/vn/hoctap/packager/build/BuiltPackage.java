package vn.hoctap.packager.build;

import java.util.List;

/**
 * What {@link PackageBuilder} wrote.
 *
 * @param fileName  a file name for the zip, e.g. {@code intro-course-v3-cmi5-low.zip}
 * @param size      bytes written
 * @param sha256    SHA-256 of the bytes written, lower-case hex
 * @param files     the files in the zip with their SHA-256 and size, in the order written
 * @param sizeCheck each lesson's media size against the low-bandwidth budget (computed for both variants; it
 *                  matters for {@link PackageVariant#LOW_BANDWIDTH})
 */
public record BuiltPackage(PackageFormat format, PackageVariant variant, String fileName, long size, String sha256,
                           List<PackageFile> files, LowBandwidthBudget.SizeCheck sizeCheck) {

    public BuiltPackage {
        files = List.copyOf(files);
    }

    /** The paths in the zip, in the order written. */
    public List<String> entries() {
        return files.stream().map(PackageFile::path).toList();
    }
}
