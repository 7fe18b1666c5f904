package vn.hoctap.packager.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.packager.build.PackageFile;
import vn.hoctap.packager.build.PackageFileTypes;
import vn.hoctap.packager.build.PackagePublisher;
import vn.hoctap.packager.build.PackageWriteException;

/**
 * Files stored once by the SHA-256 of their content, under {@code files/sha256/<hash>}: the files of every
 * package (and course covers), served under an immutable URL. A file already stored is not stored again, so the
 * versions and variants of a course share their media.
 */
public final class ContentAddressedFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ObjectStore store;

    public ContentAddressedFiles(ObjectStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The object key of the file with this SHA-256 (lower-case hex). */
    public static String key(String sha256) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return "files/sha256/" + sha256;
    }

    public static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /**
     * Stores by hash each file of a package just built (those not stored yet), reading their bytes from the
     * package's local zip, and returns the package's file manifest. The hashes and sizes come from the build
     * ({@link vn.hoctap.packager.build.BuiltPackage#files()}), so a file already stored costs at most one existence
     * check and no read.
     *
     * @param published   the stored package and what the builder wrote
     * @param localZip    the zip's local copy (not modified, not deleted)
     * @param knownStored hashes already known to be stored (files by hash are never deleted), so that the packages
     *                    of one version sharing the player and media check each file once; this call adds to it
     */
    public FileManifest storeFilesOf(PackagePublisher.PublishedPackage published, Path localZip,
            Set<String> knownStored) {
        List<FileManifest.FileEntry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(localZip.toFile())) {
            for (PackageFile file : published.built().files()) {
                if (!knownStored.contains(file.sha256()) && !store.exists(key(file.sha256()))) {
                    storeEntry(zip, file, published.object().key());
                }
                knownStored.add(file.sha256());
                entries.add(new FileManifest.FileEntry(file.path(), file.sha256(), file.size()));
            }
        } catch (IOException e) {
            throw new PackageWriteException("the files of " + published.object().key() + " could not be stored: "
                    + e.getMessage(), e);
        }
        return new FileManifest(published.object().sha256(), published.object().size(), entries);
    }

    private void storeEntry(ZipFile zip, PackageFile file, String packageKey) throws IOException {
        ZipEntry entry = zip.getEntry(file.path());
        if (entry == null) {
            throw new PackageWriteException("the built package " + packageKey + " has no entry " + file.path(), null);
        }
        StoredObject stored;
        try (InputStream content = zip.getInputStream(entry)) {
            stored = store.put(key(file.sha256()), content, PackageFileTypes.of(file.path()));
        }
        if (!stored.sha256().equals(file.sha256())) {
            store.delete(stored.key());
            throw new PackageWriteException("the entry " + file.path() + " of " + packageKey
                    + " does not have the SHA-256 its build computed", null);
        }
    }

    /** Stores the object under {@code key} by its hash too (a cover image); returns the hash. */
    public String storeCopyOf(String key) {
        StoredObject object = store.stat(key).orElseThrow(() -> new PackageWriteException(
                "the file " + key + " is not stored", null));
        if (!store.exists(key(object.sha256()))) {
            try (InputStream in = store.open(key)) {
                store.put(key(object.sha256()), in, object.contentType());
            } catch (IOException e) {
                throw new PackageWriteException("the file " + key + " could not be copied: " + e.getMessage(), e);
            }
        }
        return object.sha256();
    }
}
