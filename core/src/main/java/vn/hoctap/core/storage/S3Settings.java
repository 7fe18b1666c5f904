package vn.hoctap.core.storage;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * How to reach the bucket of an {@link S3ObjectStore}.
 *
 * @param endpoint              base URL of the S3 service, e.g. {@code https://s3.eu-central-1.amazonaws.com} or
 *                              {@code http://minio:9000}; download URLs point to this host, so browsers must be
 *                              able to reach it
 * @param region                the bucket's region, e.g. {@code us-east-1}; {@code null} or blank to let the
 *                              client look it up (one extra request)
 * @param bucket                the bucket holding every object of the store
 * @param accessKey             the access key id
 * @param secretKey             the secret key; never shown by {@link #toString()}
 * @param createBucketIfMissing whether {@link S3ObjectStore#checkReady()} creates a missing bucket instead of
 *                              reporting it
 */
public record S3Settings(String endpoint, String region, String bucket, String accessKey, String secretKey,
                         boolean createBucketIfMissing) {

    public S3Settings {
        endpoint = required("endpoint", endpoint);
        try {
            URI uri = new URI(endpoint);
            boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
            if (!http || uri.getHost() == null || !bare || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("S3 endpoint must be an http:// or https:// URL with a host and"
                        + " optional port, and nothing else, is '" + endpoint + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("S3 endpoint is not a URL: '" + endpoint + "'", e);
        }
        region = region == null || region.isBlank() ? null : region.strip();
        bucket = required("bucket", bucket);
        accessKey = required("access key", accessKey);
        if (secretKey == null || secretKey.isEmpty()) {
            throw new IllegalArgumentException("S3 secret key must not be empty");
        }
    }

    /** Settings that report a missing bucket rather than create it. */
    public S3Settings(String endpoint, String region, String bucket, String accessKey, String secretKey) {
        this(endpoint, region, bucket, accessKey, secretKey, false);
    }

    /** A copy of these settings with {@link #createBucketIfMissing()} set as given. */
    public S3Settings withCreateBucketIfMissing(boolean create) {
        return new S3Settings(endpoint, region, bucket, accessKey, secretKey, create);
    }

    /** Shows every setting except the secret key. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                + ", accessKey=" + accessKey + ", secretKey=****, createBucketIfMissing=" + createBucketIfMissing + "]";
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("S3 " + name + " must not be blank");
        }
        return value.strip();
    }
}
