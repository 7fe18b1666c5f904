package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.core.storage.StoredObject;

/**
 * The real ROOT.war on Payara Micro (embedded defaults: H2 file and file-system objects under a fresh data
 * directory): health, the API's error body, authentication and a REST round trip through the database.
 */
class PlatformIT extends RealWarTest {

    @Test
    void readiness_is_up_with_the_database_and_the_object_store_checked() throws Exception {
        var reply = http().get("/health/ready");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode checks = reply.json().get("checks");
        assertThat(checks.findValuesAsText("name")).contains("database", "object-store");
        assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void an_administrator_creates_a_user_that_is_read_back_from_the_database() throws Exception {
        var http = http();
        var created = http.post("/api/admin/users", """
                {"username":"hoa.tran","displayName":"Trần Thị Hoa","password":"mật khẩu an toàn","roles":["author"]}
                """, basic("admin", ADMIN_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).endsWith("/api/admin/users/" + id);

        var read = http.get("/api/admin/users/" + id, basic("admin", ADMIN_PASSWORD));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("displayName").asText()).isEqualTo("Trần Thị Hoa");
        assertThat(read.json().get("roles").get(0).asText()).isEqualTo("author");
        assertThat(read.body()).doesNotContain("password");

        var me = http.get("/api/me", basic("hoa.tran", "mật khẩu an toàn"));
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("hoa.tran");

        var forbidden = http.get("/api/admin/users", basic("hoa.tran", "mật khẩu an toàn"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void requests_without_valid_credentials_get_401_with_a_basic_challenge() throws Exception {
        var http = http();
        var anonymous = http.get("/api/me");
        var wrong = http.get("/api/me", basic("admin", "not-the-password"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void bad_input_gets_the_one_error_body_with_the_offending_field() throws Exception {
        var http = http();
        var malformed = http.post("/api/admin/users", "{\"username\": \"x\",", basic("admin", ADMIN_PASSWORD));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asText()).isEqualTo("invalid_json");

        var invalid = http.post("/api/admin/users", """
                {"username":"Bad Name","displayName":"x","password":"short","roles":["author","teacher"]}
                """, basic("admin", ADMIN_PASSWORD));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("path").asText()).isEqualTo("roles[1]");

        var invalidFields = http.post("/api/admin/users", """
                {"username":"Bad Name","displayName":"x","password":"short","roles":["author"]}
                """, basic("admin", ADMIN_PASSWORD));
        assertThat(invalidFields.json().get("violations").findValuesAsText("path")).containsExactly("username", "password");

        var unknownProperty = http.post("/api/admin/users", """
                {"username":"abc","displayName":"x","password":"0123456789","roles":["author"],"age":3}
                """, basic("admin", ADMIN_PASSWORD));
        assertThat(unknownProperty.status()).isEqualTo(400);
        assertThat(unknownProperty.json().get("path").asText()).isEqualTo("$.age");

        var missing = http.get("/api/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void errors_outside_the_api_get_the_same_json_body() throws Exception {
        var missing = http().get("/no/such/page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/json");
        assertThat(missing.json().get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void a_signed_download_link_serves_the_object_whole_and_by_range_until_it_is_tampered_with() throws Exception {
        // the server keeps file-system objects and its link-signing key in the data directory: write an object there
        Path data = Path.of(System.getProperty("hoctap.it.dataDir"));
        byte[] secret = Base64.getDecoder().decode(
                Files.readString(data.resolve("secrets/storage-url.key"), StandardCharsets.US_ASCII).trim());
        var store = new FileSystemObjectStore(data.resolve("objects"), new SignedUrlSigner(secret, Clock.systemUTC()),
                Clock.systemUTC());
        byte[] content = "Xin chào! សួស្តី! Hello!".getBytes(StandardCharsets.UTF_8);
        StoredObject stored = store.put("it/greeting.txt", new ByteArrayInputStream(content), "text/plain;charset=utf-8");
        String link = store.downloadUrl("it/greeting.txt", Duration.ofMinutes(5)).toString();
        var http = http();

        var whole = http.get(link);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo("Xin chào! សួស្តី! Hello!");
        assertThat(whole.header("ETag")).isEqualTo("\"" + stored.sha256() + "\"");

        var firstBytes = http.get(link, "Range", "bytes=0-2");
        assertThat(firstBytes.status()).isEqualTo(206);
        assertThat(firstBytes.body()).isEqualTo("Xin");
        assertThat(firstBytes.header("Content-Range")).isEqualTo("bytes 0-2/" + content.length);

        var beyond = http.get(link, "Range", "bytes=" + (content.length + 10) + "-");
        assertThat(beyond.status()).isEqualTo(416);
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + content.length);

        var resumedAfterAChange = http.get(link, "Range", "bytes=3-", "If-Range", "\"an-older-version\"");
        assertThat(resumedAfterAChange.status()).as("If-Range naming another version: the whole object").isEqualTo(200);
        assertThat(resumedAfterAChange.body()).isEqualTo("Xin chào! សួស្តី! Hello!");
        assertThat(http.get(link, "If-None-Match", "W/\"" + stored.sha256() + "\"").status()).isEqualTo(304);

        var tampered = http.get(link.replace("greeting", "greetinG"));
        assertThat(tampered.status()).isEqualTo(403);
        assertThat(tampered.json().get("code").asText()).isEqualTo("invalid_signature");
    }

    @Test
    void the_openapi_document_and_metrics_are_served() throws Exception {
        var http = http();
        var openapi = http.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/admin/users");

        var metrics = http.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
    }
}
