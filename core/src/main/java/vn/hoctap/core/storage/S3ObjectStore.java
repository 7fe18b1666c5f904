package vn.hoctap.core.storage;

import io.minio.CopyObjectArgs;
import io.minio.CopySource;
import io.minio.Directive;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * An {@link ObjectStore} in one bucket of an S3-compatible service, through the MinIO Java client.
 *
 * <h2>Writing</h2>
 * A put streams the content, through a SHA-256 digest and a byte counter, to a temporary key
 * {@code ~tmp/<uuid>} (a multipart upload in parts of {@value #PART_SIZE_MIB} MiB when the content is larger than
 * one part; the client holds one part in memory). Once the content has been read to its end, a server-side copy
 * with the {@code REPLACE} metadata directive creates the final key with the content type and the user metadata
 * {@code x-amz-meta-sha256}; then the temporary key is deleted. S3 makes a single PUT/COPY of a key atomic, so
 * readers see the old or the new object, never a partial one, and a failing content stream never reaches the
 * final key. ({@code ~} cannot occur in a valid key, so temporary keys never collide with objects and are left
 * out of listings. A crash can leave temporary keys and incomplete multipart uploads behind: give the bucket a
 * lifecycle rule that expires {@code ~tmp/} and aborts incomplete uploads after a day.) The largest object is
 * 10,000 parts of {@value #PART_SIZE_MIB} MiB.
 *
 * <h2>Reading</h2>
 * {@link #stat} is a HEAD request; the digest comes from the {@code sha256} user metadata. An object written by
 * another tool has no such metadata: {@code stat} then computes the digest by reading the object (without
 * storing it), like the file-system store does for a missing sidecar. Listings return the same values as
 * {@code stat}, which costs one HEAD request per listed object. A range read first stats the object (to resolve
 * the range against its size) and then fetches the range with {@code If-Match} on the ETag, so that a concurrent
 * overwrite cannot mix two versions.
 *
 * <h2>Other operations</h2>
 * {@link #delete} stats the key before deleting it, since S3 does not tell whether a DELETE removed anything.
 * {@link #downloadUrl} returns a presigned GET URL of the configured endpoint. {@link #checkReady} lists one key
 * of the bucket (see there).
 *
 * <p>Thread-safe. Close the store to release the HTTP client's connections and threads.
 */
public final class S3ObjectStore implements ObjectStore, AutoCloseable {

    /** Prefix of the temporary keys of puts in progress; not a valid key, so never an object's key. */
    static final String TEMP_PREFIX = "~tmp/";

    /** Name of the user metadata ({@code x-amz-meta-sha256}) holding the content's SHA-256 digest. */
    public static final String SHA256_METADATA = "sha256";

    private static final int PART_SIZE_MIB = 8;
    private static final long PART_SIZE = PART_SIZE_MIB * 1024L * 1024L;
    private static final int RANGE_READ_ATTEMPTS = 3;
    private static final long CONNECT_TIMEOUT_MILLIS = TimeUnit.SECONDS.toMillis(10);
    private static final long READ_WRITE_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(2);

    private static final Set<String> NOT_FOUND_CODES = Set.of("NoSuchKey", "NotFound", "ResourceNotFound");
    private static final Set<String> CREDENTIAL_CODES = Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch",
            "InvalidSecurity", "InvalidToken", "ExpiredToken", "AuthorizationHeaderMalformed");

    private final S3Settings settings;
    private final MinioClient client;

    /** Creates the store; does not contact the service (see {@link #checkReady()}). */
    public S3ObjectStore(S3Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        requireHttpClientLibrary();
        URI endpoint = URI.create(settings.endpoint());
        boolean secure = "https".equals(endpoint.getScheme());
        int port = endpoint.getPort() >= 0 ? endpoint.getPort() : secure ? 443 : 80;
        // (host, port, secure): unlike the one-argument overloads, compiling this call needs no OkHttp classes
        MinioClient.Builder builder = MinioClient.builder()
                .endpoint(endpoint.getHost(), port, secure)
                .credentials(settings.accessKey(), settings.secretKey());
        if (settings.region() != null) {
            builder.region(settings.region());
        }
        this.client = builder.build();
        this.client.setTimeout(CONNECT_TIMEOUT_MILLIS, READ_WRITE_TIMEOUT_MILLIS, READ_WRITE_TIMEOUT_MILLIS);
    }

    /** The settings this store was created with. */
    public S3Settings settings() {
        return settings;
    }

    @Override
    public StoredObject put(String key, InputStream content, String contentType) {
        ObjectKeys.requireValid(key);
        Objects.requireNonNull(content, "content");
        String type = StorageArguments.contentType(contentType);
        String tempKey = TEMP_PREFIX + UUID.randomUUID();
        DigestingInputStream digesting = new DigestingInputStream(content);
        try {
            try {
                client.putObject(PutObjectArgs.builder()
                        .bucket(settings.bucket())
                        .object(tempKey)
                        .stream(digesting, -1, PART_SIZE)
                        .contentType(type)
                        .build());
            } catch (Exception e) {
                if (digesting.contentFailure().isPresent()) {
                    throw new ContentReadException(key, digesting.contentFailure().get());
                }
                throw failure("storing", key, e);
            }
            String sha256 = digesting.sha256Hex();
            ObjectWriteResponse copied = call("storing", key, () -> client.copyObject(CopyObjectArgs.builder()
                    .bucket(settings.bucket())
                    .object(key)
                    .source(CopySource.builder().bucket(settings.bucket()).object(tempKey).build())
                    .metadataDirective(Directive.REPLACE)
                    .headers(Map.of("Content-Type", type))
                    .userMetadata(Map.of(SHA256_METADATA, sha256))
                    .build()));
            // Report what this put stored even if another put of the same key has overwritten it meanwhile:
            // the service's timestamp when the stat still shows our copy, the local time otherwise.
            OffsetDateTime lastModified = statResponse(key)
                    .filter(stat -> sameEtag(stat.etag(), copied.etag()))
                    .map(stat -> stat.lastModified().toOffsetDateTime())
                    .orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC));
            return new StoredObject(key, digesting.size(), sha256, type, lastModified);
        } finally {
            removeQuietly(tempKey);
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        ObjectKeys.requireValid(key);
        return statResponse(key).map(response -> toStoredObject(key, response));
    }

    @Override
    public InputStream open(String key) {
        ObjectKeys.requireValid(key);
        return call("reading", key, () -> client.getObject(GetObjectArgs.builder()
                .bucket(settings.bucket())
                .object(key)
                .build()));
    }

    @Override
    public InputStream open(String key, ByteRange range) {
        ObjectKeys.requireValid(key);
        Objects.requireNonNull(range, "range");
        for (int attempt = 1; ; attempt++) {
            StatObjectResponse stat = statResponse(key).orElseThrow(() -> new ObjectNotFoundException(key));
            ByteRange.Resolved resolved = range.resolve(stat.size());
            try {
                return client.getObject(GetObjectArgs.builder()
                        .bucket(settings.bucket())
                        .object(key)
                        .offset(resolved.start())
                        .length(resolved.length())
                        .matchETag(stat.etag())
                        .build());
            } catch (ErrorResponseException e) {
                if (!"PreconditionFailed".equals(code(e)) || attempt >= RANGE_READ_ATTEMPTS) {
                    throw failure("reading", key, e);
                }
                // overwritten between the stat and the read: resolve the range again against the new object
            } catch (Exception e) {
                throw failure("reading", key, e);
            }
        }
    }

    @Override
    public ObjectPage listPage(String prefix, String startAfter, int limit) {
        ObjectKeys.requireValidPrefix(prefix);
        StorageArguments.pageLimit(limit);
        String after = StorageArguments.startAfter(startAfter);
        ListObjectsArgs.Builder args = ListObjectsArgs.builder()
                .bucket(settings.bucket())
                .recursive(true)
                .maxKeys(Math.min(limit + 1, MAX_PAGE_SIZE));
        if (!prefix.isEmpty()) {
            args.prefix(prefix);
        }
        if (after != null) {
            args.startAfter(after);
        }
        List<String> keys = new ArrayList<>(limit + 1);
        Iterator<Result<Item>> results = client.listObjects(args.build()).iterator();
        while (keys.size() <= limit && hasNext(results, prefix)) {
            Item item = call("listing", prefix, () -> results.next().get());
            String key = item.objectName();
            if (!item.isDir() && !key.startsWith(TEMP_PREFIX) && ObjectKeys.isValid(key)) {
                keys.add(key);
            }
        }
        boolean truncated = keys.size() > limit;
        List<String> pageKeys = truncated ? keys.subList(0, limit) : keys;
        List<StoredObject> objects = new ArrayList<>(pageKeys.size());
        for (String key : pageKeys) {
            statResponse(key).ifPresent(response -> objects.add(toStoredObject(key, response)));
        }
        return new ObjectPage(objects, truncated ? Optional.of(pageKeys.get(limit - 1)) : Optional.empty());
    }

    @Override
    public boolean delete(String key) {
        ObjectKeys.requireValid(key);
        if (statResponse(key).isEmpty()) {
            return false;
        }
        call("deleting", key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key).build());
            return null;
        });
        return true;
    }

    @Override
    public URI downloadUrl(String key, Duration ttl) {
        ObjectKeys.requireValid(key);
        int seconds = (int) StorageArguments.downloadTtl(ttl).toSeconds();
        String url = call("signing a download URL for", key, () -> client.getPresignedObjectUrl(
                GetPresignedObjectUrlArgs.builder()
                        .method(Method.GET)
                        .bucket(settings.bucket())
                        .object(key)
                        .expiry(seconds, TimeUnit.SECONDS)
                        .build()));
        return URI.create(url);
    }

    /**
     * Lists at most one key of the bucket: a GET request, whose error answers carry a code (unlike the HEAD of
     * {@code bucketExists}), so that the message can tell wrong credentials from missing permissions or a missing
     * bucket. The listing permission is needed by the store anyway. When the bucket does not exist and
     * {@link S3Settings#createBucketIfMissing()} is set, creates it.
     */
    @Override
    public void checkReady() {
        try {
            probeBucket();
        } catch (StorageUnavailableException e) {
            if (!settings.createBucketIfMissing() || !(e.getCause() instanceof ErrorResponseException cause)
                    || !"NoSuchBucket".equals(code(cause))) {
                throw e;
            }
            createBucket();
            probeBucket();
        }
    }

    /** Releases the HTTP client's connections and threads. */
    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new StorageException("closing the S3 client failed: " + e, e);
        }
    }

    @Override
    public String toString() {
        return "S3ObjectStore[" + settings.endpoint() + "/" + settings.bucket() + "]";
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /**
     * MinIO 8.6 depends on OkHttp 5, whose classes Maven only gets from the {@code okhttp-jvm} artifact (the
     * {@code okhttp} one is empty outside Gradle); say so instead of failing later with NoClassDefFoundError.
     */
    private static void requireHttpClientLibrary() {
        try {
            Class.forName("okhttp3.OkHttpClient", false, S3ObjectStore.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StorageUnavailableException("the S3 object store cannot start: the OkHttp library needed by"
                    + " the MinIO client is missing from the application (add com.squareup.okhttp3:okhttp-jvm)", e);
        }
    }

    private void probeBucket() {
        try {
            Iterator<Result<Item>> results = client.listObjects(ListObjectsArgs.builder()
                    .bucket(settings.bucket())
                    .maxKeys(1)
                    .build()).iterator();
            if (results.hasNext()) {
                results.next().get();
            }
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    private void createBucket() {
        try {
            MakeBucketArgs.Builder args = MakeBucketArgs.builder().bucket(settings.bucket());
            if (settings.region() != null) {
                args.region(settings.region());
            }
            client.makeBucket(args.build());
        } catch (ErrorResponseException e) {
            if (!Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists").contains(code(e))) {
                throw unavailable(e);
            }
        } catch (Exception e) {
            throw unavailable(e);
        }
    }

    private Optional<StatObjectResponse> statResponse(String key) {
        try {
            return Optional.of(client.statObject(StatObjectArgs.builder()
                    .bucket(settings.bucket())
                    .object(key)
                    .build()));
        } catch (ErrorResponseException e) {
            if (NOT_FOUND_CODES.contains(code(e))) {
                return Optional.empty();
            }
            throw failure("reading", key, e);
        } catch (Exception e) {
            throw failure("reading", key, e);
        }
    }

    private StoredObject toStoredObject(String key, StatObjectResponse response) {
        String sha256 = sha256Metadata(response.userMetadata());
        if (sha256 == null) {
            sha256 = computeSha256(key);
        }
        String contentType = response.contentType() == null || response.contentType().isBlank()
                ? DEFAULT_CONTENT_TYPE : response.contentType();
        return new StoredObject(key, response.size(), sha256, contentType,
                response.lastModified().toOffsetDateTime());
    }

    private static String sha256Metadata(Map<String, String> userMetadata) {
        for (Map.Entry<String, String> entry : userMetadata.entrySet()) {
            if (SHA256_METADATA.equalsIgnoreCase(entry.getKey()) && entry.getValue() != null) {
                String value = entry.getValue().strip().toLowerCase(Locale.ROOT);
                if (value.matches("[0-9a-f]{64}")) {
                    return value;
                }
            }
        }
        return null;
    }

    /** Digest of an object written without the sha256 metadata (by another tool). */
    private String computeSha256(String key) {
        try (InputStream in = open(key); DigestingInputStream digesting = new DigestingInputStream(in)) {
            digesting.transferTo(OutputStream.nullOutputStream());
            return digesting.sha256Hex();
        } catch (IOException e) {
            throw new StorageException("reading key '" + key + "' from " + where() + " failed: " + e, e);
        }
    }

    private boolean hasNext(Iterator<Result<Item>> results, String prefix) {
        try {
            return results.hasNext();
        } catch (RuntimeException e) {
            throw failure("listing", prefix, e);
        }
    }

    private void removeQuietly(String key) {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(settings.bucket()).object(key).build());
        } catch (Exception e) {
            // an orphaned temporary key is removed by the bucket's lifecycle rule
        }
    }

    private static boolean sameEtag(String a, String b) {
        return a != null && b != null && a.replace("\"", "").equals(b.replace("\"", ""));
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T call() throws Exception;
    }

    private <T> T call(String action, String key, S3Call<T> call) {
        try {
            return call.call();
        } catch (StorageException e) {
            throw e;
        } catch (Exception e) {
            throw failure(action, key, e);
        }
    }

    /** Translates an exception of the client into the exception of the contract. */
    private StorageException failure(String action, String key, Exception e) {
        if (e instanceof StorageException storageException) {
            return storageException;
        }
        if (e instanceof ErrorResponseException response && NOT_FOUND_CODES.contains(code(response))) {
            return new ObjectNotFoundException(key);
        }
        if (e instanceof ErrorResponseException response && "InvalidRange".equals(code(response))) {
            return new StorageException(action + " key '" + key + "' failed: the range is not satisfiable", e);
        }
        StorageUnavailableException unavailable = unavailableOrNull(e);
        if (unavailable != null) {
            return unavailable;
        }
        String detail = e instanceof ErrorResponseException response
                ? "S3 error " + code(response) + ": " + response.errorResponse().message()
                : e.toString();
        return new StorageException(action + " key '" + key + "' in " + where() + " failed: " + detail, e);
    }

    private StorageUnavailableException unavailable(Exception e) {
        StorageUnavailableException unavailable = unavailableOrNull(e);
        if (unavailable != null) {
            return unavailable;
        }
        String detail = e instanceof ErrorResponseException response
                ? "S3 error " + code(response) + ": " + response.errorResponse().message()
                : e.toString();
        return new StorageUnavailableException("S3 object store " + where() + " is not usable: " + detail, e);
    }

    /** The unavailability that {@code e} reveals (endpoint, credentials, bucket), or {@code null}. */
    private StorageUnavailableException unavailableOrNull(Exception e) {
        if (e instanceof ErrorResponseException response) {
            String code = code(response);
            if (CREDENTIAL_CODES.contains(code)) {
                return new StorageUnavailableException(StorageUnavailableException.Reason.CREDENTIALS_REJECTED,
                        "S3 endpoint " + settings.endpoint() + " rejected the credentials: the access key or secret key is wrong (access key '"
                        + settings.accessKey() + "', S3 error " + code + ")", e);
            }
            if ("AccessDenied".equals(code)) {
                return new StorageUnavailableException(StorageUnavailableException.Reason.ACCESS_DENIED,
                        "S3 endpoint " + settings.endpoint() + " denied access to bucket '" + settings.bucket() + "' for access key '"
                        + settings.accessKey() + "': check the key's permissions (S3 error AccessDenied)", e);
            }
            if ("NoSuchBucket".equals(code)) {
                return new StorageUnavailableException(StorageUnavailableException.Reason.BUCKET_MISSING,
                        "S3 bucket '" + settings.bucket()
                        + "' does not exist at endpoint " + settings.endpoint()
                        + " (create it, or let the application create it at start-up)", e);
            }
            return null;
        }
        Throwable unreachable = findCause(e, ConnectException.class, UnknownHostException.class,
                NoRouteToHostException.class, SocketTimeoutException.class, InterruptedIOException.class,
                SSLException.class);
        if (unreachable != null) {
            return new StorageUnavailableException(StorageUnavailableException.Reason.UNREACHABLE,
                    "S3 endpoint " + settings.endpoint() + " cannot be reached: "
                    + unreachable, e);
        }
        return null;
    }

    @SafeVarargs
    private static Throwable findCause(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable current = e; current != null; current = current.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(current)) {
                    return current;
                }
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static String code(ErrorResponseException e) {
        return e.errorResponse() == null ? "" : String.valueOf(e.errorResponse().code());
    }

    private String where() {
        return settings.endpoint() + "/" + settings.bucket();
    }
}
