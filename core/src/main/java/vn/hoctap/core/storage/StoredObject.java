package vn.hoctap.core.storage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an {@link ObjectStore} knows about one stored object.
 *
 * @param key          the object's key (valid according to {@link ObjectKeys})
 * @param size         size of the content in bytes
 * @param sha256       SHA-256 digest of the content: 64 lowercase hexadecimal characters
 * @param contentType  media type given when the object was stored, e.g. {@code video/mp4}
 * @param lastModified when the object was last stored, in UTC; its precision depends on the adapter
 *                     (milliseconds on disk, seconds on S3)
 */
public record StoredObject(String key, long size, String sha256, String contentType, OffsetDateTime lastModified) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public StoredObject {
        ObjectKeys.requireValid(key);
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, is " + size);
        }
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex characters, is " + sha256);
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("content type must not be blank");
        }
        Objects.requireNonNull(lastModified, "lastModified");
        lastModified = lastModified.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
