package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The app's learning-record path in the real WAR, as the citizen app uses it: an app client issued by the admin
 * API posts a phone's offline queue (one statement malformed) and the player's resume state, repeats the sync,
 * reads the learner's progress, and nothing stored names the learner but the pseudonym.
 */
class AppSyncIT extends RealWarTest {

    private static final String COURSE = "https://hoctap.example/course/an-toan-so";
    private static final String LESSON_1 = COURSE + "/au/1";
    private static final String LESSON_2 = COURSE + "/au/2";
    private static final String[] V103 = {"X-Experience-API-Version", "1.0.3"};

    private record Key(String key, String secret) {
        String[] auth() {
            return basic(key, secret);
        }
    }

    private Key issue(HttpClientSupport http, String store, String scope) {
        var reply = http.post("/api/admin/lrs/stores/" + store + "/credentials",
                "{\"label\":\"citizen app\",\"scopes\":[\"" + scope + "\"]}", basic("admin", ADMIN_PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new Key(reply.json().get("key").asText(), reply.json().get("secret").asText());
    }

    private static String queue(String learner, UUID first, UUID bad, UUID last, String registration) {
        return """
                {"learner":"%s","statements":[
                  {"id":"%s","actor":{"name":"Trần Văn Bình","mbox":"mailto:binh@example.org"},
                   "verb":{"id":"http://adlnet.gov/expapi/verbs/passed"},
                   "object":{"id":"%s","definition":{"name":{"vi":"Mật khẩu an toàn","km":"ពាក្យសម្ងាត់"}}},
                   "result":{"success":true,"completion":true,"score":{"scaled":0.9}},
                   "context":{"registration":"%s","contextActivities":{"grouping":[{"id":"%s"}]}},
                   "timestamp":"2026-11-30T08:00:00+07:00"},
                  {"id":"%s","verb":{"id":"passed"},"object":{"id":"%s"},"result":{"score":{"scaled":3}}},
                  {"id":"%s","verb":{"id":"http://adlnet.gov/expapi/verbs/progressed"},
                   "object":{"id":"%s"},
                   "result":{"extensions":{"https://w3id.org/xapi/cmi5/result/extensions/progress":50}},
                   "context":{"registration":"%s","contextActivities":{"grouping":[{"id":"%s"}]}},
                   "timestamp":"2026-11-30T08:30:00+07:00"}],
                 "states":[{"activityId":"%s","registration":"%s","stateId":"resume","document":{"slide":4}}]}
                """.formatted(learner, first, LESSON_1, registration, COURSE, bad, LESSON_1, last, LESSON_2,
                registration, COURSE, LESSON_2, registration);
    }

    @Test
    void an_app_syncs_an_offline_queue_reads_progress_and_the_lrs_holds_only_pseudonyms() throws Exception {
        var http = http();
        var store = http.post("/api/admin/lrs/stores", "{\"name\":\"app-sync-it\"}", basic("admin", ADMIN_PASSWORD));
        assertThat(store.status()).as(store.body()).isEqualTo(201);
        String storeId = store.json().get("id").asText();
        Key app = issue(http, storeId, "app");
        Key lms = issue(http, storeId, "all");
        String body = queue("hv-it-1", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID().toString());

        var synced = http.post("/api/app/sync", body, app.auth());

        assertThat(synced.status()).as(synced.body()).isEqualTo(200);
        JsonNode outcomes = synced.json().get("statements");
        assertThat(List.of(outcomes.get(0).get("result").asText(), outcomes.get(1).get("result").asText(),
                outcomes.get(2).get("result").asText())).containsExactly("stored", "rejected", "stored");
        assertThat(outcomes.get(1).get("violations").toString())
                .contains("$.statements[1].verb.id", "$.statements[1].result.score.scaled");
        assertThat(synced.json().at("/states/0/result").asText()).isEqualTo("stored");

        var repeated = http.post("/api/app/sync", body, app.auth());

        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().at("/statements/0/result").asText()).isEqualTo("already_stored");
        assertThat(repeated.json().at("/statements/2/result").asText()).isEqualTo("already_stored");
        assertThat(repeated.json().at("/summary/stored").asInt()).isEqualTo(1); // the state document, written again

        var progress = http.get("/api/app/progress?learner=hv-it-1&course="
                + URLEncoder.encode(COURSE, StandardCharsets.UTF_8), app.auth());

        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        JsonNode found = progress.json();
        assertThat(found.get("completedLessons").asInt()).isEqualTo(1);
        assertThat(found.at("/lessons/0/id").asText()).isEqualTo(LESSON_2);
        assertThat(found.at("/lessons/1/passed").asBoolean()).isTrue();
        assertThat(found.at("/lessons/1/score/scaled").asDouble()).isEqualTo(0.9);
        assertThat(found.at("/resume/lesson").asText()).isEqualTo(LESSON_2);
        assertThat(found.at("/resume/progress").asInt()).isEqualTo(50);
        assertThat(found.at("/resume/state/slide").asInt()).isEqualTo(4);

        // what an LMS reading the store sees: the pseudonym, which is HMAC-SHA-256 of the app's id under the key
        // the platform created in its data directory, and no other identifier
        var stored = http.get("/xapi/statements?limit=10", concat(lms.auth(), V103));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        String key = Files.readString(Path.of(System.getProperty("hoctap.it.dataDir"), "secrets", "app-pseudonym-key")).strip();
        String expected = hmac(key, "hv-it-1");
        JsonNode statements = stored.json().get("statements");
        assertThat(statements).hasSize(2);
        for (JsonNode statement : statements) {
            assertThat(statement.get("actor").toString()).isEqualTo("{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
                    + "\"https://hoctap.vn/app\",\"name\":\"" + expected + "\"}}");
            assertThat(statement.at("/authority/account/name").asText()).isEqualTo(app.key());
            assertThat(statement.toString()).doesNotContain("mailto", "Bình", "hv-it-1");
        }
        assertThat(progress.json().at("/learner/account/name").asText()).isEqualTo(expected);
    }

    @Test
    void only_app_clients_reach_the_app_endpoints_and_app_clients_reach_nothing_else() {
        var http = http();
        var store = http.post("/api/admin/lrs/stores", "{\"name\":\"app-auth-it\"}", basic("admin", ADMIN_PASSWORD));
        String storeId = store.json().get("id").asText();
        Key app = issue(http, storeId, "app");
        Key lms = issue(http, storeId, "all");
        String empty = "{\"learner\":\"hv-it-2\",\"statements\":[]}";

        assertThat(http.post("/api/app/sync", empty).status()).isEqualTo(401);
        assertThat(http.post("/api/app/sync", empty, basic(app.key(), "wrong")).status()).isEqualTo(401);
        assertThat(http.post("/api/app/sync", empty, basic("admin", ADMIN_PASSWORD)).status()).isEqualTo(403);
        assertThat(http.post("/api/app/sync", empty, lms.auth()).status()).isEqualTo(403);
        assertThat(http.get("/xapi/statements", concat(app.auth(), V103)).status()).isEqualTo(403);
        var mixed = http.post("/api/admin/lrs/stores/" + storeId + "/credentials",
                "{\"label\":\"x\",\"scopes\":[\"app\",\"all\"]}", basic("admin", ADMIN_PASSWORD));
        assertThat(mixed.status()).isEqualTo(400);

        var phone = http.post("/api/app/sync", "{\"learner\":\"0912 345 678\",\"statements\":[]}", app.auth());
        assertThat(phone.status()).isEqualTo(400);
        assertThat(phone.body()).contains("$.learner").contains("phone number");
        var notJson = http.post("/api/app/sync", "{\"learner\":\"a\",\"statements\":[", app.auth());
        assertThat(notJson.status()).isEqualTo(400);
        var unknown = http.post("/api/app/sync", "{\"learner\":\"a\",\"statement\":[]}", app.auth());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("$.statement");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String hmac(String hexKey, String learner) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(learner.getBytes(StandardCharsets.UTF_8)));
    }
}
