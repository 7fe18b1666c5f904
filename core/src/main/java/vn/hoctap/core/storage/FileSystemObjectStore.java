package vn.hoctap.core.storage;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * An {@link ObjectStore} in a directory of the local (or a mounted) file system, for single-node installations
 * and development.
 *
 * <h2>Layout</h2>
 * <pre>
 * root/objects/&lt;key&gt;                the object's bytes, e.g. root/objects/courses/42/intro.mp4
 * root/meta/&lt;key&gt;@meta.properties  sidecar: sha256, size, contentType, lastModified
 * root/tmp/                         files being written; anything left here after a crash can be deleted
 * </pre>
 * A put streams the content to a temporary file in {@code root/tmp} (same file system, so the final move is a
 * rename), forces it to disk, writes the sidecar to another temporary file, then moves the object and the
 * sidecar into place with {@link StandardCopyOption#ATOMIC_MOVE}, object first. Readers therefore never see a
 * partial object, and a failed put leaves the previous object untouched.
 *
 * <h2>Sidecar consistency</h2>
 * Within this process, a put's two moves, a delete, and the reads of {@link #stat} and {@link #open} are
 * serialised per key by a lock, so {@code stat} always pairs an object with its own sidecar. The sidecar also
 * records the object file's modification time, which the store sets when writing. When {@code stat} (or a
 * listing) finds an object file whose sidecar is missing, unreadable, or does not match the file's size and
 * modification time &mdash; after a crash between the two moves, or a file placed or replaced by hand &mdash; it
 * recomputes the SHA-256 by reading the file and rewrites the sidecar, keeping the sidecar's content type when
 * there is one and recording {@link ObjectStore#DEFAULT_CONTENT_TYPE} otherwise. Sidecars without an object are
 * ignored (and replaced by the next put).
 *
 * <h2>Limits</h2>
 * Because a file and a directory cannot share a path, this store cannot hold both {@code a/b} and
 * {@code a/b/c}: the second put throws {@link ObjectKeyConflictException}. Keys are case-sensitive only where the
 * file system is. Several processes must not share one root (the per-key locks are in memory).
 *
 * <h2>Download URLs</h2>
 * {@link #downloadUrl} returns {@code /storage/<key>?expires=<epochSeconds>&signature=<signature>}, signed by the
 * given {@link SignedUrlSigner}. The application serves that path: it checks the request with
 * {@code signer.verify(FileSystemObjectStore.downloadPath(key), expires, signature)} and then streams
 * {@link #open}.
 */
public final class FileSystemObjectStore implements ObjectStore {

    /** Path prefix of download URLs; the application serves {@code /storage/{key}}. */
    public static final String DOWNLOAD_PATH_PREFIX = "/storage/";

    private static final int COPY_BUFFER_SIZE = 256 * 1024;
    private static final int READ_BUFFER_SIZE = 64 * 1024;
    private static final int LOCK_STRIPES = 64;
    private static final int MOVE_ATTEMPTS = 5;
    /** '@' cannot occur in a key, so a sidecar's name never equals a directory named after a key segment. */
    private static final String META_SUFFIX = "@meta.properties";

    private static final String META_SHA256 = "sha256";
    private static final String META_SIZE = "size";
    private static final String META_CONTENT_TYPE = "contentType";
    private static final String META_LAST_MODIFIED = "lastModified";

    private final Path root;
    private final Path objectsDir;
    private final Path metaDir;
    private final Path tmpDir;
    private final SignedUrlSigner signer;
    private final Clock clock;
    private final ReadWriteLock[] locks = new ReadWriteLock[LOCK_STRIPES];

    /**
     * Creates the store; touches nothing on disk (directories are created by {@link #checkReady()} or the first
     * put).
     *
     * @param root   the directory holding {@code objects/}, {@code meta/} and {@code tmp/}
     * @param signer signs {@link #downloadUrl download URLs}
     * @param clock  the time recorded as an object's last modification
     */
    public FileSystemObjectStore(Path root, SignedUrlSigner signer, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.objectsDir = this.root.resolve("objects");
        this.metaDir = this.root.resolve("meta");
        this.tmpDir = this.root.resolve("tmp");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new ReentrantReadWriteLock();
        }
    }

    /** The path a download URL of {@code key} points to, {@code /storage/<key>}; the path to verify. */
    public static String downloadPath(String key) {
        return DOWNLOAD_PATH_PREFIX + ObjectKeys.requireValid(key);
    }

    /** The root directory of this store (absolute). */
    public Path root() {
        return root;
    }

    @Override
    public StoredObject put(String key, InputStream content, String contentType) {
        ObjectKeys.requireValid(key);
        Objects.requireNonNull(content, "content");
        String type = StorageArguments.contentType(contentType);
        Path objectFile = objectFile(key);
        requireNoConflict(key, objectFile);
        Path tempObject = null;
        Path tempMeta = null;
        try {
            Files.createDirectories(tmpDir);
            tempObject = Files.createTempFile(tmpDir, "object-", ".part");
            DigestingInputStream digesting = new DigestingInputStream(content);
            copyToDisk(key, digesting, tempObject);
            // The sidecar records the file's own timestamp, read back, so that they match whatever the
            // file system's timestamp precision is.
            Files.setLastModifiedTime(tempObject, FileTime.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            Instant modified = Files.getLastModifiedTime(tempObject).toInstant();
            StoredObject stored = new StoredObject(key, digesting.size(), digesting.sha256Hex(), type,
                    OffsetDateTime.ofInstant(modified, ZoneOffset.UTC));
            tempMeta = Files.createTempFile(tmpDir, "meta-", ".part");
            writeMeta(stored, tempMeta);

            Lock lock = lockFor(key).writeLock();
            lock.lock();
            try {
                requireNoConflict(key, objectFile);
                try {
                    moveIntoPlace(tempObject, objectFile);
                } catch (IOException e) {
                    requireNoConflict(key, objectFile); // a concurrent put of a key above or below this one
                    throw e;
                }
                tempObject = null;
                moveIntoPlace(tempMeta, metaFile(key));
                tempMeta = null;
            } finally {
                lock.unlock();
            }
            return stored;
        } catch (IOException e) {
            throw new StorageException("storing key '" + key + "' in " + root + " failed: " + e, e);
        } finally {
            deleteQuietly(tempObject);
            deleteQuietly(tempMeta);
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        ObjectKeys.requireValid(key);
        Lock lock = lockFor(key).readLock();
        lock.lock();
        try {
            Optional<BasicFileAttributes> attributes = objectAttributes(key);
            if (attributes.isEmpty()) {
                return Optional.empty();
            }
            Optional<StoredObject> recorded = readMeta(key);
            if (recorded.isPresent() && matches(recorded.get(), attributes.get())) {
                return recorded;
            }
        } catch (IOException e) {
            throw new StorageException("reading key '" + key + "' in " + root + " failed: " + e, e);
        } finally {
            lock.unlock();
        }
        return recoverMeta(key);
    }

    @Override
    public InputStream open(String key) {
        ObjectKeys.requireValid(key);
        FileChannel channel = openChannel(key);
        return new BufferedInputStream(Channels.newInputStream(channel), READ_BUFFER_SIZE);
    }

    @Override
    public InputStream open(String key, ByteRange range) {
        ObjectKeys.requireValid(key);
        Objects.requireNonNull(range, "range");
        FileChannel channel = openChannel(key);
        try {
            ByteRange.Resolved resolved = range.resolve(channel.size());
            channel.position(resolved.start());
            return new BufferedInputStream(
                    new BoundedInputStream(Channels.newInputStream(channel), resolved.length()), READ_BUFFER_SIZE);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StorageException("reading key '" + key + "' in " + root + " failed: " + e, e);
        }
    }

    @Override
    public ObjectPage listPage(String prefix, String startAfter, int limit) {
        ObjectKeys.requireValidPrefix(prefix);
        StorageArguments.pageLimit(limit);
        String after = StorageArguments.startAfter(startAfter);
        // Only keys after the cursor are kept; a bounded sorted set holds the limit + 1 smallest of them.
        TreeSet<String> keys = new TreeSet<>();
        String directoryPart = prefix.substring(0, prefix.lastIndexOf(ObjectKeys.SEPARATOR) + 1);
        Path start = directoryPart.isEmpty() ? objectsDir : objectsDir.resolve(directoryPart);
        if (Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            walkKeys(start, prefix, key -> {
                if ((after == null || key.compareTo(after) > 0) && ObjectKeys.isValid(key)) {
                    keys.add(key);
                    if (keys.size() > limit + 1) {
                        keys.pollLast();
                    }
                }
            });
        }
        List<String> candidates = new ArrayList<>(keys);
        boolean truncated = candidates.size() > limit;
        List<String> pageKeys = truncated ? candidates.subList(0, limit) : candidates;
        List<StoredObject> objects = new ArrayList<>(pageKeys.size());
        for (String key : pageKeys) {
            stat(key).ifPresent(objects::add); // skips an object deleted since the walk
        }
        return new ObjectPage(objects, truncated ? Optional.of(pageKeys.get(limit - 1)) : Optional.empty());
    }

    @Override
    public boolean delete(String key) {
        ObjectKeys.requireValid(key);
        Path objectFile = objectFile(key);
        Path metaFile = metaFile(key);
        Lock lock = lockFor(key).writeLock();
        lock.lock();
        try {
            boolean deleted = Files.isRegularFile(objectFile, LinkOption.NOFOLLOW_LINKS)
                    && Files.deleteIfExists(objectFile);
            Files.deleteIfExists(metaFile);
            deleteEmptyDirectories(objectFile.getParent(), objectsDir);
            deleteEmptyDirectories(metaFile.getParent(), metaDir);
            return deleted;
        } catch (IOException e) {
            throw new StorageException("deleting key '" + key + "' in " + root + " failed: " + e, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public URI downloadUrl(String key, Duration ttl) {
        String path = downloadPath(key);
        return signer.sign(path, StorageArguments.downloadTtl(ttl));
    }

    @Override
    public void checkReady() {
        Path current = root;
        try {
            for (Path directory : List.of(objectsDir, metaDir, tmpDir)) {
                current = directory;
                Files.createDirectories(directory);
            }
            current = tmpDir;
            Path probe = Files.createTempFile(tmpDir, "ready-", ".probe");
            try {
                Files.write(probe, new byte[] {1});
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | SecurityException e) {
            throw new StorageUnavailableException(StorageUnavailableException.Reason.NOT_WRITABLE,
                    "file-system object store at " + root + " is not usable: "
                    + describe(e, current), e);
        }
    }

    @Override
    public String toString() {
        return "FileSystemObjectStore[" + root + "]";
    }

    // ---------------------------------------------------------------------------------------------- writing

    private static void copyToDisk(String key, DigestingInputStream content, Path target) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER_SIZE];
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
            while (true) {
                int n;
                try {
                    n = content.read(buffer);
                } catch (IOException e) {
                    throw new ContentReadException(key, e);
                }
                if (n < 0) {
                    break;
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            out.force(true);
        }
    }

    private static void writeMeta(StoredObject object, Path target) throws IOException {
        Properties meta = new Properties();
        meta.setProperty(META_SHA256, object.sha256());
        meta.setProperty(META_SIZE, Long.toString(object.size()));
        meta.setProperty(META_CONTENT_TYPE, object.contentType());
        meta.setProperty(META_LAST_MODIFIED, object.lastModified().toInstant().toString());
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = Channels.newOutputStream(channel)) {
            meta.store(out, "object store sidecar of " + object.key());
            out.flush();
            channel.force(true);
        }
    }

    /**
     * Renames {@code source} to {@code target}, replacing it. Retries when a concurrent delete removed the
     * parent directory between its creation and the move.
     */
    private static void moveIntoPlace(Path source, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Files.createDirectories(target.getParent());
            try {
                Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (NoSuchFileException e) {
                if (attempt >= MOVE_ATTEMPTS || !Files.exists(source)) {
                    throw e;
                }
            }
        }
    }

    private void requireNoConflict(String key, Path objectFile) {
        if (Files.isDirectory(objectFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new ObjectKeyConflictException(key, "objects are stored below '" + key + "/'");
        }
        Path above = objectAbove(objectFile);
        if (above != null) {
            throw new ObjectKeyConflictException(key, "'" + keyOf(above.toString()) + "' is an object");
        }
    }

    /** The object file among the parent directories of {@code objectFile}, or {@code null}. */
    private Path objectAbove(Path objectFile) {
        for (Path parent = objectFile.getParent(); !parent.equals(objectsDir); parent = parent.getParent()) {
            if (Files.isRegularFile(parent, LinkOption.NOFOLLOW_LINKS)) {
                return parent;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- reading

    private FileChannel openChannel(String key) {
        Lock lock = lockFor(key).readLock();
        lock.lock();
        try {
            if (objectAttributes(key).isEmpty()) {
                throw new ObjectNotFoundException(key);
            }
            return FileChannel.open(objectFile(key), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new ObjectNotFoundException(key);
        } catch (IOException e) {
            throw new StorageException("reading key '" + key + "' in " + root + " failed: " + e, e);
        } finally {
            lock.unlock();
        }
    }

    private Optional<BasicFileAttributes> objectAttributes(String key) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(objectFile(key), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? Optional.of(attributes) : Optional.empty();
        } catch (NoSuchFileException | NotDirectoryException e) {
            return Optional.empty();
        } catch (FileSystemException e) {
            // ENOTDIR: a parent of the path is a file (an object), so nothing is stored under this key
            if (objectAbove(objectFile(key)) != null) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The sidecar of {@code key}, or empty when it is missing or cannot be understood. */
    private Optional<StoredObject> readMeta(String key) throws IOException {
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(metaFile(key), StandardCharsets.ISO_8859_1)) {
            meta.load(reader);
        } catch (NoSuchFileException | NotDirectoryException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredObject(key,
                    Long.parseLong(meta.getProperty(META_SIZE, "")),
                    meta.getProperty(META_SHA256),
                    meta.getProperty(META_CONTENT_TYPE),
                    OffsetDateTime.ofInstant(Instant.parse(meta.getProperty(META_LAST_MODIFIED, "")),
                            ZoneOffset.UTC)));
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(StoredObject recorded, BasicFileAttributes file) {
        return recorded.size() == file.size()
                && recorded.lastModified().toInstant().equals(file.lastModifiedTime().toInstant());
    }

    /**
     * Recomputes the sidecar of an object file whose sidecar is missing or stale (see the class comment), under
     * the key's write lock.
     */
    private Optional<StoredObject> recoverMeta(String key) {
        Lock lock = lockFor(key).writeLock();
        lock.lock();
        Path tempMeta = null;
        try {
            Optional<BasicFileAttributes> attributes = objectAttributes(key);
            if (attributes.isEmpty()) {
                return Optional.empty();
            }
            Optional<StoredObject> recorded = readMeta(key);
            if (recorded.isPresent() && matches(recorded.get(), attributes.get())) {
                return recorded; // recovered meanwhile
            }
            DigestingInputStream digesting;
            try (InputStream in = Files.newInputStream(objectFile(key))) {
                digesting = new DigestingInputStream(in);
                digesting.transferTo(OutputStream.nullOutputStream());
            }
            // The file cannot change while the write lock is held, except by hand: take its current time.
            Instant modified = Files.getLastModifiedTime(objectFile(key), LinkOption.NOFOLLOW_LINKS).toInstant();
            StoredObject recovered = new StoredObject(key, digesting.size(), digesting.sha256Hex(),
                    recorded.map(StoredObject::contentType).orElse(DEFAULT_CONTENT_TYPE),
                    OffsetDateTime.ofInstant(modified, ZoneOffset.UTC));
            Files.createDirectories(tmpDir);
            tempMeta = Files.createTempFile(tmpDir, "meta-", ".part");
            writeMeta(recovered, tempMeta);
            moveIntoPlace(tempMeta, metaFile(key));
            tempMeta = null;
            return Optional.of(recovered);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException("recomputing the metadata of key '" + key + "' in " + root + " failed: "
                    + e, e);
        } finally {
            deleteQuietly(tempMeta);
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------------------------------------- listing

    /** Calls {@code consumer} with the key of every object file below {@code start} that starts with prefix. */
    private void walkKeys(Path start, String prefix, Consumer<String> consumer) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(objectsDir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String directoryKey = keyOf(dir.toString()) + ObjectKeys.SEPARATOR;
                    boolean relevant = directoryKey.startsWith(prefix) || prefix.startsWith(directoryKey);
                    return relevant ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        String key = keyOf(file.toString());
                        if (key.startsWith(prefix)) {
                            consumer.accept(key);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // deleted while walking
                    }
                    throw e;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new StorageException("listing prefix '" + prefix + "' in " + root + " failed: " + e, e);
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Path objectFile(String key) {
        return objectsDir.resolve(key);
    }

    private Path metaFile(String key) {
        return metaDir.resolve(key + META_SUFFIX);
    }

    /** The key of a path below {@code objects/}, segments joined with '/' whatever the platform separator. */
    private String keyOf(String path) {
        Path relative = objectsDir.relativize(Path.of(path));
        StringBuilder key = new StringBuilder();
        for (Path segment : relative) {
            if (key.length() > 0) {
                key.append(ObjectKeys.SEPARATOR);
            }
            key.append(segment);
        }
        return key.toString();
    }

    private ReadWriteLock lockFor(String key) {
        return locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)];
    }

    /** Deletes {@code directory} and its parents up to (excluding) {@code stop} while they are empty. */
    private static void deleteEmptyDirectories(Path directory, Path stop) throws IOException {
        for (Path current = directory; current != null && !current.equals(stop) && current.startsWith(stop);
                current = current.getParent()) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover in tmp/ is harmless
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    private static String describe(Exception e, Path where) {
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + where + " (directory not writable by this process)";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                || (e instanceof FileSystemException fse && "Not a directory".equals(fse.getReason()))) {
            return where + " or one of its parents exists but is not a directory";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + (fse.getFile() != null ? fse.getFile() : where) + ")";
        }
        return e.toString();
    }
}
