package vn.hoctap.packager.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import vn.hoctap.core.persistence.DataAccessException;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.core.text.Digests;
import vn.hoctap.lrs.store.LrsStore;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.store.StoreAdministration;

/**
 * Imports cmi5 packages (cmi5 §14: a zip with {@code cmi5.xml} at its root, or a {@code cmi5.xml} alone whose AU
 * urls are absolute) into registered courses: the structure is checked ({@link CourseStructureReader}), the
 * package's files are stored in the object store and served by the platform, and the LMS gets an LRS credential
 * (scope all) in the chosen LRS store for the statements and documents it writes.
 */
public final class Cmi5Courses {

    /** Largest upload (zip or cmi5.xml). */
    public static final long MAX_PACKAGE_BYTES = 2L * 1024 * 1024 * 1024;
    /** Largest number of files in a package. */
    public static final int MAX_FILES = 20_000;
    /** Largest total uncompressed size of a package. */
    public static final long MAX_UNCOMPRESSED_BYTES = 4L * 1024 * 1024 * 1024;

    private final Transactor transactor;
    private final Cmi5Repository repository;
    private final CourseStructureReader reader;
    private final ObjectStore objects;
    private final StoreAdministration stores;
    private final Clock clock;

    public Cmi5Courses(Transactor transactor, Cmi5Repository repository, CourseStructureReader reader,
            ObjectStore objects, StoreAdministration stores, Clock clock) {
        this.transactor = transactor;
        this.repository = repository;
        this.reader = reader;
        this.objects = objects;
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * Imports a package.
     *
     * @param upload     a zip package or a cmi5.xml, as uploaded (any file name)
     * @param storeName  the LRS store whose learners' statements the course records
     * @param importedBy who imports it (user name)
     * @throws InvalidCoursePackageException when it is not a zip or XML, has no cmi5.xml at its root, or its structure
     *                                       is invalid; nothing is kept then
     */
    public Cmi5Course importPackage(Path upload, String storeName, String importedBy) {
        return importAs(upload, storeName, importedBy, Optional.empty());
    }

    /** Who imports the packages of published course versions ({@link #importPublishedVersion}). */
    public static final String PUBLISHING = "publishing";

    /**
     * Makes a packaged course version launchable: imports its full cmi5 package once, as the cmi5 course of that
     * version. Idempotent and safe on several nodes: when the version already has its cmi5 course (imported before,
     * or by another node at the same moment), that course is returned and nothing new is kept (the LMS credential
     * issued for a losing concurrent import is revoked; its copied files stay unreferenced in the object store).
     *
     * @param courseId the published course (authoring's id)
     * @param version  the version number
     * @param zip      the version's full cmi5 package
     * @param storeName the LRS store whose learners' statements the course records
     * @return the cmi5 course of the version
     * @throws InvalidCoursePackageException when the package is not a valid cmi5 package (nothing is kept)
     */
    public Cmi5Course importPublishedVersion(UUID courseId, int version, Path zip, String storeName) {
        Optional<Cmi5Course> existing = publishedVersion(courseId, version);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return importAs(zip, storeName, PUBLISHING, Optional.of(new PublishedVersion(courseId, version)));
        } catch (DataAccessException e) {
            if (!e.isUniqueViolation()) {
                throw e;
            }
            return publishedVersion(courseId, version).orElseThrow(() -> e);
        }
    }

    /** The cmi5 course through which a packaged course version is launched, once imported. */
    public Optional<Cmi5Course> publishedVersion(UUID courseId, int version) {
        return transactor.inTransaction(c -> {
            Optional<UUID> id = repository.publishedVersion(c, courseId, version);
            return id.isPresent() ? repository.course(c, id.get()) : Optional.<Cmi5Course>empty();
        });
    }

    private record PublishedVersion(UUID courseId, int version) {
    }

    private Cmi5Course importAs(Path upload, String storeName, String importedBy, Optional<PublishedVersion> source) {
        LrsStore store = stores.stores().stream().filter(s -> s.name().equals(storeName)).findFirst()
                .orElseThrow(() -> new InvalidLaunchRequestException("store", "there is no LRS store named '"
                        + storeName + "'"));
        UUID courseId = UUID.randomUUID();
        CourseStructure structure;
        int fileCount;
        if (isZip(upload)) {
            try (ZipFile zip = new ZipFile(upload.toFile())) {
                Map<String, ZipEntry> files = files(zip);
                ZipEntry manifest = files.get("cmi5.xml");
                if (manifest == null) {
                    throw new InvalidCoursePackageException("cmi5.xml", "a cmi5 zip package has cmi5.xml at its root");
                }
                try (InputStream in = zip.getInputStream(manifest)) {
                    structure = reader.read(in.readAllBytes(), Optional.of(files.keySet()));
                }
                for (Map.Entry<String, ZipEntry> file : files.entrySet()) {
                    try (InputStream in = zip.getInputStream(file.getValue())) {
                        objects.put(contentKey(courseId, file.getKey()), in, contentType(file.getKey()));
                    }
                }
                fileCount = files.size();
            } catch (ZipException e) {
                throw new InvalidCoursePackageException("package", "is not a readable zip: " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (looksLikeXml(upload)) {
            try {
                structure = reader.read(Files.readAllBytes(upload), Optional.empty());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fileCount = 0;
        } else {
            throw new InvalidCoursePackageException("package", "is neither a zip file nor a cmi5.xml course structure");
        }
        var lms = stores.issueCredential(store.id(), "cmi5 LMS " + courseId, java.util.Set.of(Scope.ALL))
                .credential();
        Cmi5Course course = new Cmi5Course(courseId, structure, store.id(), lms.key(), fileCount, now(), importedBy);
        try {
            transactor.inTransaction(c -> {
                repository.insertCourse(c, course);
                if (source.isPresent()) {
                    repository.insertPublishedVersion(c, source.get().courseId(), source.get().version(), courseId);
                }
                return null;
            });
        } catch (RuntimeException e) {
            stores.revoke(store.id(), lms.id());
            throw e;
        }
        return course;
    }

    /**
     * Copies a package to a temporary file ({@link #receive}), hands that file to {@code importer}, and deletes it.
     *
     * @throws PackageTooLargeException when the package is larger than {@link #MAX_PACKAGE_BYTES}
     */
    public static <T> T received(InputStream upload, java.util.function.Function<Path, T> importer) {
        Path file = null;
        try {
            file = Files.createTempFile("cmi5-upload-", ".bin");
            receive(upload, file);
            return importer.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    /**
     * Copies an upload to {@code target}, at most {@link #MAX_PACKAGE_BYTES}.
     *
     * @throws PackageTooLargeException when the upload is larger (the target then holds a part only)
     */
    public static void receive(InputStream upload, Path target) {
        try (var out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = upload.read(buffer)) >= 0;) {
                total += n;
                if (total > MAX_PACKAGE_BYTES) {
                    throw new PackageTooLargeException();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Cmi5Course course(UUID id) {
        return transactor.inTransaction(c -> repository.course(c, id))
                .orElseThrow(() -> new Cmi5NotFoundException("cmi5 course " + id));
    }

    public List<Cmi5Course> courses() {
        return transactor.inTransaction(c -> {
            List<Cmi5Course> courses = new java.util.ArrayList<>();
            for (UUID id : repository.courseIds(c)) {
                repository.course(c, id).ifPresent(courses::add);
            }
            return courses;
        });
    }

    /** A file of a course's package, as stored (path relative to the package root). */
    public StoredObject file(UUID courseId, String path) {
        String key = contentKey(courseId, path);
        return objects.stat(key).orElseThrow(() -> new Cmi5NotFoundException("File '" + path + "' of cmi5 course "
                + courseId));
    }

    /** Opens a file of a course's package; the caller closes the stream. */
    public InputStream open(StoredObject file) {
        return objects.open(file.key());
    }

    /** Package paths may hold any character; object keys may not, so files are stored under their path's hash. */
    static String contentKey(UUID courseId, String path) {
        return "cmi5/" + courseId + "/files/" + Digests.sha256(path);
    }

    private static Map<String, ZipEntry> files(ZipFile zip) {
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            String name = entry.getName();
            if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
                throw new InvalidCoursePackageException("package/" + name, "a zip entry must be a relative path"
                        + " inside the package");
            }
            files.put(name, entry);
            total += Math.max(0, entry.getSize());
            if (files.size() > MAX_FILES || total > MAX_UNCOMPRESSED_BYTES) {
                throw new InvalidCoursePackageException("package", "has more than " + MAX_FILES + " files or more"
                        + " than " + MAX_UNCOMPRESSED_BYTES + " bytes uncompressed");
            }
        }
        return files;
    }

    private static boolean isZip(Path upload) {
        byte[] head = head(upload, 4);
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean looksLikeXml(Path upload) {
        String head = new String(head(upload, 64), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return head.startsWith("<");
    }

    private static byte[] head(Path upload, int bytes) {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content type a file is served with, from its extension. */
    static String contentType(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "html", "htm" -> "text/html;charset=utf-8";
            case "js", "mjs" -> "text/javascript;charset=utf-8";
            case "css" -> "text/css;charset=utf-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain;charset=utf-8";
            case "vtt" -> "text/vtt;charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "mp4", "m4v" -> "video/mp4";
            case "webm" -> "video/webm";
            case "mp3" -> "audio/mpeg";
            case "m4a" -> "audio/mp4";
            case "m3u8" -> "application/vnd.apple.mpegurl";
            case "ts" -> "video/mp2t";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            case "ttf" -> "font/ttf";
            case "pdf" -> "application/pdf";
            default -> ObjectStore.DEFAULT_CONTENT_TYPE;
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
