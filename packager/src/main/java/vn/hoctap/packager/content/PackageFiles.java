package vn.hoctap.packager.content;

import java.io.InputStream;

/**
 * Where the packager reads the files a {@link CourseContent} refers to (slide images, videos, captions, ...), by
 * key. Keys are the strings stored in the content model; they follow core's object-key rules (path-like, ASCII,
 * no {@code ..}).
 *
 * <p>Contract: {@link #open} returns a new stream positioned at the first byte of the file, which the caller
 * closes; the same key always yields the same bytes while a package is being built (the packager may open a file
 * twice: once to compute its CRC, once to copy it). {@link #size} returns the exact number of bytes
 * {@link #open} yields. Both throw {@link MissingPackageFileException} when there is no file under the key.
 * Implementations are thread-safe.
 */
public interface PackageFiles {

    /** A new stream of the file's bytes; the caller closes it. */
    InputStream open(String key);

    /** The file's size in bytes. */
    long size(String key);
}
