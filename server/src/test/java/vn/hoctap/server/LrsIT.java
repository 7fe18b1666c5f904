package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The LRS over HTTP in the real WAR: the default store of a first start, stores and credentials through the
 * admin API, authentication, version header, scopes and store isolation, statements stored and read back, and
 * paging through {@code more} links.
 */
class LrsIT extends RealWarTest {

    private static final String[] V103 = {"X-Experience-API-Version", "1.0.3"};

    private static String[] headers(String[]... groups) {
        return Stream.of(groups).flatMap(Stream::of).toArray(String[]::new);
    }

    private record Key(String key, String secret) {
        String[] auth() {
            return basic(key, secret);
        }
    }

    private Key issue(HttpClientSupport http, String store, String... scopes) {
        var reply = http.post("/api/admin/lrs/stores/" + store + "/credentials",
                "{\"label\":\"it\",\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}", basic("admin", ADMIN_PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new Key(reply.json().get("key").asText(), reply.json().get("secret").asText());
    }

    private String createStore(HttpClientSupport http, String name) {
        var reply = http.post("/api/admin/lrs/stores", "{\"name\":\"" + name + "\"}", basic("admin", ADMIN_PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private static String statement(String mbox, String verb) {
        return """
                {"actor":{"objectType":"Agent","name":"Nguyễn Văn An","mbox":"mailto:%s"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/%s","display":{"en-US":"%s","vi":"đã học"}},
                 "object":{"id":"https://hoctap.example/course/ky-nang-so/lesson/1",
                           "definition":{"name":{"vi":"Dùng điện thoại an toàn","km":"ការប្រើប្រាស់ទូរស័ព្ទដោយសុវត្ថិភាព"}}}}
                """.formatted(mbox, verb, verb);
    }

    @Test
    void about_answers_without_credentials() {
        var about = http().get("/xapi/about");

        assertThat(about.status()).isEqualTo(200);
        assertThat(about.body()).contains("1.0.3").contains("2.0.0");
    }

    @Test
    void the_default_store_credential_of_the_first_start_works_at_once() throws Exception {
        Path file = Path.of(System.getProperty("hoctap.it.dataDir"), "secrets", "lrs-default-credential");
        String[] keyAndSecret = Files.readString(file).strip().split(":", 2);

        var reply = http().get("/xapi/statements", headers(basic(keyAndSecret[0], keyAndSecret[1]), V103));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(reply.header("X-Experience-API-Consistent-Through")).isNotBlank();
    }

    @Test
    void requests_need_a_supported_version_and_valid_credentials() {
        var http = http();
        Key all = issue(http, createStore(http, "auth-checks"), "all");

        var noVersion = http.get("/xapi/statements", all.auth());
        var oldVersion = http.get("/xapi/statements", headers(all.auth(), new String[] {"X-Experience-API-Version", "0.95"}));
        var anonymous = http.get("/xapi/statements", V103);
        var wrongSecret = http.get("/xapi/statements", headers(basic(all.key(), "wrong"), V103));

        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().get("path").asText()).isEqualTo("X-Experience-API-Version");
        assertThat(noVersion.header("X-Experience-API-Version")).isEqualTo("1.0.3"); // hoctap.lrs.unversioned-answer
        // once the credential has spoken 2.0.0, its unversioned requests are answered in 2.0.0
        assertThat(http.get("/xapi/statements", headers(all.auth(), new String[] {"X-Experience-API-Version", "2.0.0"}))
                .status()).isEqualTo(200);
        var noVersionAfter200 = http.get("/xapi/statements", all.auth());
        assertThat(noVersionAfter200.status()).isEqualTo(400);
        assertThat(noVersionAfter200.header("X-Experience-API-Version")).isEqualTo("2.0.0");
        assertThat(oldVersion.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void a_statement_is_stored_read_back_and_invisible_to_another_store_and_to_other_scopes() {
        var http = http();
        String storeA = createStore(http, "province-app");
        String storeB = createStore(http, "partner-lms");
        Key writer = issue(http, storeA, "statements/write", "statements/read");
        Key writeOnly = issue(http, storeA, "statements/write");
        Key otherStore = issue(http, storeB, "all");

        var posted = http.post("/xapi/statements", statement("an@example.org", "completed"), headers(writer.auth(), V103));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        String id = posted.json().get(0).asText();

        var read = http.get("/xapi/statements?statementId=" + id, headers(writer.auth(), V103));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("object").path("definition").path("name").path("km").asText())
                .isEqualTo("ការប្រើប្រាស់ទូរស័ព្ទដោយសុវត្ថិភាព");
        assertThat(read.json().path("authority").path("account").path("name").asText()).isEqualTo(writer.key());

        assertThat(http.get("/xapi/statements?statementId=" + id, headers(otherStore.auth(), V103)).status()).isEqualTo(404);
        assertThat(http.get("/xapi/statements", headers(otherStore.auth(), V103)).json().get("statements")).isEmpty();
        var forbidden = http.get("/xapi/statements?statementId=" + id, headers(writeOnly.auth(), V103));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("code").asText()).isEqualTo("forbidden_scope");
    }

    @Test
    void put_then_a_different_statement_under_the_same_id_is_a_conflict() {
        var http = http();
        Key writer = issue(http, createStore(http, "conflicts"), "all");
        String id = "7f1f0b4e-7d2a-4c7e-9a8b-2a0c1e5d9f10";

        var first = http.put("/xapi/statements?statementId=" + id, statement("an@example.org", "completed"),
                headers(writer.auth(), V103));
        var repeat = http.put("/xapi/statements?statementId=" + id, statement("an@example.org", "completed"),
                headers(writer.auth(), V103));
        var different = http.put("/xapi/statements?statementId=" + id, statement("an@example.org", "attempted"),
                headers(writer.auth(), V103));

        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(repeat.status()).isEqualTo(204);
        assertThat(different.status()).isEqualTo(409);
    }

    @Test
    void more_links_are_absolute_paths_that_page_through_every_statement() {
        var http = http();
        Key key = issue(http, createStore(http, "paging"), "all");
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/xapi/statements", statement("learner" + i + "@example.org", "experienced"),
                    headers(key.auth(), V103)).status()).isEqualTo(200);
        }
        List<String> seen = new ArrayList<>();
        String next = "/xapi/statements?limit=2&verb=" + java.net.URLEncoder.encode(
                "http://adlnet.gov/expapi/verbs/experienced", java.nio.charset.StandardCharsets.UTF_8);
        int pages = 0;
        while (!next.isEmpty()) {
            var page = http.get(next, headers(key.auth(), V103));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            for (JsonNode statement : page.json().get("statements")) {
                seen.add(statement.get("id").asText());
            }
            next = page.json().get("more").asText();
            assertThat(next).satisfiesAnyOf(String::isEmpty, link -> assertThat(link).startsWith("/xapi/statements?"));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }
}
