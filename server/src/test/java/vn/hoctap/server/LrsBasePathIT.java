package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uber jar as a black box with the LRS under another base path ({@code HOCTAP_LRS_BASE_PATH}): the LRS answers
 * there, {@code more} links follow it, {@code /xapi} is no longer served, and a base path the platform uses itself
 * stops start-up naming the setting.
 */
class LrsBasePathIT {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String KEY = "LRSBASEPATHIT1";
    private static final String SECRET = "base-path-it-secret";
    private static final String[] V103 = {"X-Experience-API-Version", "1.0.3"};

    private static String[] auth() {
        String[] basic = basic(KEY, SECRET);
        return new String[] {basic[0], basic[1], V103[0], V103[1]};
    }

    @Test
    void the_lrs_answers_under_the_configured_base_path_and_only_there(@TempDir Path work) throws Exception {
        Map<String, String> env = Map.of("HOCTAP_LRS_BASE_PATH", "/learning/lrs/",
                "HOCTAP_LRS_DEFAULT_KEY", KEY, "HOCTAP_LRS_DEFAULT_SECRET", SECRET,
                "HOCTAP_ADMIN_PASSWORD", "base-path-admin-password");
        try (RunningServer server = RunningServer.start(work, env)) {
            server.awaitReady(START);
            HttpClientSupport http = new HttpClientSupport(server.base());

            assertThat(http.get("learning/lrs/about").body()).contains("2.0.0");
            for (int i = 0; i < 3; i++) {
                var posted = http.post("learning/lrs/statements", """
                        {"actor":{"account":{"homePage":"https://hoctap.example","name":"a%d"}},
                         "verb":{"id":"http://adlnet.gov/expapi/verbs/experienced"},
                         "object":{"id":"https://hoctap.example/course/1"}}""".formatted(i), auth());
                assertThat(posted.status()).as(posted.body()).isEqualTo(200);
            }
            var page = http.get("learning/lrs//statements?limit=2", auth());
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            String more = page.json().get("more").asText();
            assertThat(more).startsWith("/learning/lrs/statements?");
            var next = http.get(more.substring(1), auth());
            assertThat(next.json().get("statements")).hasSize(1);
            assertThat(http.get("xapi/statements", auth()).status()).isEqualTo(404);
            assertThat(http.get("xapi/about").status()).isEqualTo(404);
        }
    }

    @Test
    void a_base_path_under_the_platforms_own_endpoints_stops_start_up_naming_the_setting(@TempDir Path work)
            throws Exception {
        try (RunningServer server = RunningServer.start(work, Map.of("HOCTAP_LRS_BASE_PATH", "/api/lrs"))) {
            assertThat(server.awaitExit(START)).isEqualTo(78);
            assertThat(server.output()).contains("START-UP FAILED: setting hoctap.lrs.base-path (HOCTAP_LRS_BASE_PATH)");
        }
    }
}
