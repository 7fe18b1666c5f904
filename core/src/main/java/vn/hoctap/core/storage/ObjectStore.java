package vn.hoctap.core.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stores immutable blobs ("objects") under string keys: course media, packages, uploads. Every module uses
 * this port; {@link FileSystemObjectStore} and {@link S3ObjectStore} implement it with the same observable
 * behaviour, checked by one contract test suite.
 *
 * <h2>Keys</h2>
 * Every method that takes a key validates it with {@link ObjectKeys#requireValid} first and throws
 * {@link InvalidObjectKeyException} (before any other effect) when it breaks a rule; prefixes are validated with
 * {@link ObjectKeys#requireValidPrefix}. Keys look like paths ({@code courses/42/intro.mp4}) but the store has
 * no directories: a key only exists when an object is stored under it.
 *
 * <h2>Streams</h2>
 * The store never closes a stream it is given: the caller of {@link #put} closes {@code content}. The store
 * never keeps a whole object in memory; it reads and writes through buffers of at most a few MiB (one 8 MiB upload
 * part for S3). Every stream
 * the store returns ({@link #open}) must be closed by the caller, which releases the file or connection.
 *
 * <h2>Atomicity</h2>
 * {@link #put} is atomic: readers see either the previous object under the key or the complete new one, never a
 * partial write, and a failed put leaves the previous object (or the absence of one) unchanged.
 *
 * <h2>Errors</h2>
 * All exceptions are unchecked and extend {@link StorageException}: {@link ObjectNotFoundException} for a missing
 * key where an object is required, {@link InvalidObjectKeyException}, {@link InvalidRangeException},
 * {@link ContentReadException} when the content given to {@link #put} fails, {@link StorageUnavailableException}
 * when the store cannot be used at all (see {@link #checkReady()}), and plain {@link StorageException} for other
 * failures of the underlying storage. Invalid non-key arguments ({@code null} content, a negative ttl, ...) throw
 * {@link IllegalArgumentException} or {@link NullPointerException}.
 *
 * <p>Implementations are thread-safe.
 */
public interface ObjectStore {

    /** Content type recorded when {@link #put} is given {@code null} or a blank content type. */
    String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    /** Longest time-to-live of a {@link #downloadUrl download URL} (the limit of S3 presigned URLs). */
    Duration MAX_DOWNLOAD_URL_TTL = Duration.ofDays(7);

    /** Largest {@code limit} accepted by {@link #listPage}. */
    int MAX_PAGE_SIZE = 1000;

    /**
     * Stores {@code content} under {@code key}, replacing any object already stored there.
     *
     * <p>The content is streamed to storage while its SHA-256 digest and size are computed; both are recorded with
     * the object and returned by {@link #stat} and {@link #list} later. The content is read to its end; the store
     * does not close it.
     *
     * @param key         where to store the object
     * @param content     the bytes to store, read to the end; closed by the caller
     * @param contentType the media type to record, e.g. {@code image/png}; {@code null} or blank records
     *                    {@link #DEFAULT_CONTENT_TYPE}; must be printable ASCII, at most 255 characters; recorded
     *                    without white space around {@code ;} ({@code text/plain; charset=utf-8} is recorded as
     *                    {@code text/plain;charset=utf-8}, as some S3 servers do anyway)
     * @return what was stored (the same values {@link #stat} returns right afterwards)
     * @throws InvalidObjectKeyException if the key is invalid (nothing is read from {@code content})
     * @throws ContentReadException      if reading {@code content} fails; nothing is stored
     * @throws StorageException          if writing fails; nothing is stored
     */
    StoredObject put(String key, InputStream content, String contentType);

    /**
     * What is stored under {@code key}.
     *
     * @return the stored object, or empty when there is no object under the key
     * @throws InvalidObjectKeyException if the key is invalid
     */
    Optional<StoredObject> stat(String key);

    /** Whether an object is stored under {@code key}: {@code stat(key).isPresent()}. */
    default boolean exists(String key) {
        return stat(key).isPresent();
    }

    /**
     * Opens the whole content of the object under {@code key} for reading.
     *
     * @return a stream of the object's bytes, which the caller must close
     * @throws ObjectNotFoundException   if no object is stored under the key
     * @throws InvalidObjectKeyException if the key is invalid
     */
    InputStream open(String key);

    /**
     * Opens part of the object under {@code key} for reading: exactly the bytes of
     * {@code range.resolve(size)}, where {@code size} is the object's size.
     *
     * @return a stream of the range's bytes, which the caller must close
     * @throws ObjectNotFoundException   if no object is stored under the key
     * @throws InvalidRangeException     if the range starts at or beyond the end of the object (see
     *                                   {@link ByteRange#resolve(long)}; a last byte beyond the end is clamped)
     * @throws InvalidObjectKeyException if the key is invalid
     */
    InputStream open(String key, ByteRange range);

    /**
     * One page of the objects whose key starts with {@code prefix}, in ascending key order ({@link String}
     * order, which for the ASCII keys allowed here is also S3's byte order).
     *
     * <p>{@code prefix} is a plain string prefix, as in S3: {@code "a/b"} matches {@code a/b}, {@code a/b/c} and
     * {@code a/bc}; end it with {@code /} ({@code "a/b/"}) to list only the keys below {@code a/b}. {@code ""}
     * matches every key.
     *
     * @param prefix     the beginning of the keys to list; {@code ""} for all
     * @param startAfter list only keys that sort after this one; {@code null} or {@code ""} to start at the
     *                   beginning; usually the {@link ObjectPage#nextStartAfter()} of the previous page
     * @param limit      maximum number of objects in the page, 1 to {@link #MAX_PAGE_SIZE}
     * @throws InvalidObjectKeyException if the prefix is invalid
     */
    ObjectPage listPage(String prefix, String startAfter, int limit);

    /**
     * All objects whose key starts with {@code prefix}, sorted by key; see {@link #listPage} for the prefix
     * semantics. Fetches the listing page by page; prefer {@link #listPage} when the result may be very large.
     *
     * @param prefix the beginning of the keys to list; {@code ""} for all
     * @throws InvalidObjectKeyException if the prefix is invalid
     */
    default List<StoredObject> list(String prefix) {
        List<StoredObject> all = new ArrayList<>();
        Optional<String> startAfter = Optional.empty();
        do {
            ObjectPage page = listPage(prefix, startAfter.orElse(null), MAX_PAGE_SIZE);
            all.addAll(page.objects());
            startAfter = page.nextStartAfter();
        } while (startAfter.isPresent());
        return all;
    }

    /**
     * Deletes the object under {@code key}, if any. Deleting a missing key is not an error.
     *
     * @return {@code true} if an object was deleted, {@code false} if there was none
     * @throws InvalidObjectKeyException if the key is invalid
     */
    boolean delete(String key);

    /**
     * A URL from which a browser can download the object under {@code key} for the next {@code ttl}, without
     * other credentials. Creating the URL does not check that the object exists: a URL for a missing key answers
     * 404 when used. After the ttl the URL is refused.
     *
     * <p>{@link S3ObjectStore} returns an absolute presigned URL of the S3 service;
     * {@link FileSystemObjectStore} returns a root-relative URL {@code /storage/<key>?expires=..&signature=..}
     * served by the application after checking it with {@link SignedUrlSigner#verify}.
     *
     * @param ttl how long the URL works: at least 1 second, at most {@link #MAX_DOWNLOAD_URL_TTL}
     * @throws InvalidObjectKeyException if the key is invalid
     * @throws IllegalArgumentException  if the ttl is out of bounds
     */
    URI downloadUrl(String key, Duration ttl);

    /**
     * Checks that the store can be used now: for instance that its directory is writable, or that the S3 endpoint
     * answers, accepts the credentials and has the bucket. Cheap enough for a readiness health check; also called
     * at start-up. May create what is missing when the adapter is configured to (directories, a bucket).
     *
     * @throws StorageUnavailableException with a one-line message saying what is wrong and where
     */
    void checkReady();
}
