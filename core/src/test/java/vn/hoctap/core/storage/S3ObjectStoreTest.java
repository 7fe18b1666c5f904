package vn.hoctap.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the contract against a real S3 server: S3Proxy with an in-memory (jclouds "transient") backend on a free
 * local port, with AWS signature v4 authentication. One server, bucket and store per class (creating a MinIO
 * client costs about 100 ms); the bucket is emptied before each test.
 */
class S3ObjectStoreTest extends ObjectStoreContract {

    private static final String ACCESS_KEY = TestS3Server.ACCESS_KEY;
    private static final String SECRET_KEY = TestS3Server.SECRET_KEY;
    private static final String REGION = TestS3Server.REGION;
    private static final String BUCKET = "contract-tests";

    private static TestS3Server server;
    private static String endpoint;
    private static HttpClient http;
    private static MinioClient raw;
    private static S3ObjectStore shared;

    @BeforeAll
    static void startS3Proxy() throws Exception {
        assertThat(classExists("okhttp3.OkHttpClient"))
                .as("OkHttp classes on the test class path: MinIO 8.6 needs com.squareup.okhttp3:okhttp-jvm, "
                        + "which Maven does not get from the okhttp dependency of minio (minio-java#1670)")
                .isTrue();
        server = TestS3Server.start();
        endpoint = server.endpoint();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        raw = rawClient();
        shared = new S3ObjectStore(settings(BUCKET).withCreateBucketIfMissing(true));
        shared.checkReady();
    }

    @AfterAll
    static void stopS3Proxy() throws Exception {
        if (shared != null) {
            shared.close();
        }
        if (raw != null) {
            raw.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The shared store, with every key of its bucket (temporary ones included) deleted. */
    @Override
    protected ObjectStore createStore() throws Exception {
        for (String key : rawKeys()) {
            raw.removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object(key).build());
        }
        return shared;
    }

    @Override
    protected Download download(URI url) throws Exception {
        assertThat(url.toString()).startsWith(endpoint + "/" + BUCKET + "/");
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String sha256 = Sha256.of(response.body());
        return new Download(response.statusCode(), response.statusCode() == 200 ? sha256 : null);
    }

    /** S3 presigned URLs carry the signing time in whole seconds and the server uses the real clock. */
    @Override
    protected void letTimePass(Duration ttl) throws Exception {
        Thread.sleep(ttl.plusMillis(1_100).toMillis());
    }

    // ------------------------------------------------------------------------------------ S3 specifics

    @Test
    void the_digest_is_stored_as_user_metadata_of_the_object() throws Exception {
        put("meta.txt", "metadata", "text/plain");

        var stat = raw.statObject(StatObjectArgs.builder().bucket(BUCKET).object("meta.txt").build());
        assertThat(stat.userMetadata()).containsEntry(S3ObjectStore.SHA256_METADATA, Sha256.of("metadata"));
        assertThat(stat.contentType()).isEqualTo("text/plain");
    }

    @Test
    void no_temporary_key_remains_after_puts_and_failed_puts() throws Exception {
        put("kept.txt", "kept", null);
        assertThatThrownBy(() -> store.put("failed.bin",
                new FailingInputStream(new PseudoRandomContent(3, 20_000_000).stream(), 9_000_000), null))
                .isInstanceOf(ContentReadException.class);

        assertThat(rawKeys()).containsExactly("kept.txt");
    }

    @Test
    void an_object_written_by_another_tool_gets_its_digest_computed() throws Exception {
        byte[] bytes = "written without the store".getBytes(StandardCharsets.UTF_8);
        raw.putObject(PutObjectArgs.builder().bucket(BUCKET).object("foreign.txt")
                .stream(new ByteArrayInputStream(bytes), bytes.length, -1).contentType("text/plain").build());

        StoredObject stat = store.stat("foreign.txt").orElseThrow();

        assertThat(stat.sha256()).isEqualTo(Sha256.of(bytes));
        assertThat(stat.size()).isEqualTo(bytes.length);
        assertThat(stat.contentType()).isEqualTo("text/plain");
    }

    @Test
    void check_ready_says_the_secret_key_is_wrong() {
        try (S3ObjectStore wrongSecret = new S3ObjectStore(
                new S3Settings(endpoint, REGION, BUCKET, ACCESS_KEY, "not-the-secret"))) {
            assertThatThrownBy(wrongSecret::checkReady)
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("the access key or secret key is wrong")
                    .hasMessageContaining(endpoint)
                    .hasMessageNotContaining("not-the-secret");
        }
    }

    @Test
    void check_ready_says_the_access_key_is_wrong() {
        try (S3ObjectStore wrongKey = new S3ObjectStore(
                new S3Settings(endpoint, REGION, BUCKET, "unknown-access-key", SECRET_KEY))) {
            assertThatThrownBy(wrongKey::checkReady)
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("the access key or secret key is wrong")
                    .hasMessageContaining("unknown-access-key");
        }
    }

    @Test
    void operations_with_wrong_credentials_fail_as_unavailable_too() {
        try (S3ObjectStore wrongSecret = new S3ObjectStore(
                new S3Settings(endpoint, REGION, BUCKET, ACCESS_KEY, "not-the-secret"))) {
            assertThatThrownBy(() -> wrongSecret.put("x", stream("x"), null))
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("the access key or secret key is wrong");
        }
    }

    @Test
    void check_ready_says_the_bucket_is_missing_unless_allowed_to_create_it() {
        try (S3ObjectStore noBucket = new S3ObjectStore(
                new S3Settings(endpoint, REGION, "no-such-bucket", ACCESS_KEY, SECRET_KEY))) {
            assertThatThrownBy(noBucket::checkReady)
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("bucket 'no-such-bucket' does not exist");
        }
        try (S3ObjectStore creating = new S3ObjectStore(
                new S3Settings(endpoint, REGION, "created-on-start", ACCESS_KEY, SECRET_KEY, true))) {
            assertThatCode(creating::checkReady).doesNotThrowAnyException();
            assertThatCode(creating::checkReady).doesNotThrowAnyException();
        }
    }

    @Test
    void check_ready_says_the_endpoint_cannot_be_reached() throws Exception {
        String nobodyListens = "http://127.0.0.1:" + TestS3Server.freePort();
        try (S3ObjectStore unreachable = new S3ObjectStore(
                new S3Settings(nobodyListens, REGION, BUCKET, ACCESS_KEY, SECRET_KEY))) {
            assertThatThrownBy(unreachable::checkReady)
                    .isInstanceOf(StorageUnavailableException.class)
                    .hasMessageContaining("S3 endpoint " + nobodyListens + " cannot be reached");
        }
    }

    @Test
    void settings_never_show_the_secret_key() {
        assertThat(settings(BUCKET).toString()).doesNotContain(SECRET_KEY).contains(ACCESS_KEY);
    }

    // ------------------------------------------------------------------------------------ helpers

    private static S3Settings settings(String bucket) {
        return new S3Settings(endpoint, REGION, BUCKET, ACCESS_KEY, SECRET_KEY);
    }

    private static MinioClient rawClient() {
        URI uri = URI.create(endpoint);
        return MinioClient.builder()
                .endpoint(uri.getHost(), uri.getPort(), false)
                .region(REGION)
                .credentials(ACCESS_KEY, SECRET_KEY)
                .build();
    }

    /** Every key of the bucket, temporary ones included. */
    private static List<String> rawKeys() throws Exception {
        List<String> keys = new ArrayList<>();
        ListObjectsArgs everything = ListObjectsArgs.builder().bucket(BUCKET).recursive(true).build();
        for (Result<Item> result : raw.listObjects(everything)) {
            keys.add(result.get().objectName());
        }
        return keys;
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name, false, S3ObjectStoreTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
