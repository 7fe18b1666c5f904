package vn.hoctap.packager.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
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
     * Reads the stored zip under {@code packageKey}, stores each of its files by hash (when not stored yet) and
     * returns its file manifest.
     */
    public FileManifest storeFilesOf(String packageKey) {
        StoredObject zip = store.stat(packageKey).orElseThrow(() -> new PackageWriteException(
                "the package " + packageKey + " is not stored", null));
        List<FileManifest.FileEntry> entries = new ArrayList<>();
        Path temporary = null;
        try (ZipInputStream in = new ZipInputStream(store.open(packageKey))) {
            temporary = Files.createTempFile("hoctap-file-", ".bin");
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                MessageDigest digest = sha256();
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                    size = in.transferTo(out);
                }
                String hash = HexFormat.of().formatHex(digest.digest());
                if (!store.exists(key(hash))) {
                    try (InputStream content = Files.newInputStream(temporary)) {
                        store.put(key(hash), content, ObjectStore.DEFAULT_CONTENT_TYPE);
                    }
                }
                entries.add(new FileManifest.FileEntry(entry.getName(), hash, size));
            }
        } catch (IOException e) {
            throw new PackageWriteException("the files of " + packageKey + " could not be stored: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
        return new FileManifest(zip.sha256(), zip.size(), entries);
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory is cleaned by the system
            }
        }
    }
}
