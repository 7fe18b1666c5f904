package vn.hoctap.packager.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.S3ObjectStore;
import vn.hoctap.core.storage.S3Settings;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.core.storage.TestS3Server;

/** Downloads redirected to presigned URLs: on a real S3 server (S3Proxy), never on the file-system store. */
class DownloadRedirectTest {

    @TempDir
    Path temp;

    @Test
    void on_s3_with_redirects_enabled_a_file_is_redirected_to_a_presigned_url_that_serves_it() throws Exception {
        try (TestS3Server s3 = TestS3Server.start();
                S3ObjectStore store = new S3ObjectStore(new S3Settings(s3.endpoint(), TestS3Server.REGION, "hoctap",
                        TestS3Server.ACCESS_KEY, TestS3Server.SECRET_KEY).withCreateBucketIfMissing(true))) {
            store.checkReady();
            byte[] content = "một tệp của gói".getBytes(StandardCharsets.UTF_8);
            StoredObject stored = store.put("x", new ByteArrayInputStream(content), null);
            String key = ContentAddressedFiles.key(stored.sha256());
            store.put(key, new ByteArrayInputStream(content), null);

            URI target = new DownloadRedirect(store, true).target(key).orElseThrow();
            HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(target.toString()).startsWith(s3.endpoint());
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(fetched.body()).isEqualTo(content);
            assertThat(new DownloadRedirect(store, false).target(key)).isEmpty();
        }
    }

    @Test
    void the_file_system_store_is_never_redirected_to() {
        FileSystemObjectStore store = new FileSystemObjectStore(temp, new SignedUrlSigner(SignedUrlSigner.generateSecret(),
                Clock.systemUTC()), Clock.systemUTC());
        assertThat(new DownloadRedirect(store, true).target("files/sha256/" + "a".repeat(64))).isEmpty();
    }
}
