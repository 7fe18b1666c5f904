package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cmi5 LMS side in the real WAR: import of the CATAPULT package (from {@code ../shared}), registration, launch,
 * the AU's files served by the platform, the one-time fetch URL, LMS.LaunchData and the launched statement read
 * through the LRS, and the session credential's limits (cmi5 rules, no voiding).
 */
class Cmi5LaunchIT extends RealWarTest {

    private static final String[] V103 = {"X-Experience-API-Version", "1.0.3"};

    static Path catapultPackage() {
        for (Path candidate : List.of(Path.of("../../shared"), Path.of("../shared"))) {
            Path dir = candidate.resolve("packages/cmi5/catapult-masteryscore_framed");
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        assumeTrue(false, "../shared (the CATAPULT cmi5 packages) is absent: skipped");
        throw new IllegalStateException();
    }

    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, String> query(URI url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String[] headers(String[]... groups) {
        return Stream.of(groups).flatMap(Stream::of).toArray(String[]::new);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void an_imported_package_is_launched_fetched_once_and_its_session_reports_under_the_cmi5_rules() throws Exception {
        var http = http();
        String[] admin = basic("admin", ADMIN_PASSWORD);
        byte[] pkg = zip(catapultPackage());

        assertThat(http.postBytes("/api/cmi5/courses", pkg).status()).as("anonymous import").isEqualTo(401);
        var imported = http.postBytes("/api/cmi5/courses", pkg, admin);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String courseId = imported.json().get("id").asText();
        assertThat(imported.json().path("aus").get(0).path("masteryScore").decimalValue()).isEqualByComparingTo("0.3");
        var broken = http.postBytes("/api/cmi5/courses", "not a package".getBytes(StandardCharsets.UTF_8), admin);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("code").asText()).isEqualTo("invalid_cmi5_package");

        var registered = http.post("/api/cmi5/courses/" + courseId + "/registrations",
                "{\"actor\":{\"account\":{\"homePage\":\"https://hoctap.vn\",\"name\":\"it-learner\"}},"
                        + "\"languagePreference\":\"vi,en\"}", admin);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String registration = registered.json().get("id").asText();

        var launch = http.post("/api/cmi5/registrations/" + registration + "/launches", "{\"au\":\"0\"}", admin);
        assertThat(launch.status()).as(launch.body()).isEqualTo(201);
        assertThat(launch.json().get("launchMethod").asText()).isEqualTo("OwnWindow");
        URI url = URI.create(launch.json().get("url").asText());
        Map<String, String> parameters = query(url);
        String activityId = parameters.get("activityId");
        String actor = parameters.get("actor");

        var page = http.get(url.getRawPath());
        assertThat(page.status()).as(url + " " + page.body() + page.header("WWW-Authenticate")).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("cmi5");

        String fetchPath = URI.create(parameters.get("fetch")).getRawPath();
        assertThat(http.get(fetchPath).status()).as("fetch is POST only").isEqualTo(405);
        var fetched = http.post(fetchPath, "");
        assertThat(fetched.status()).isEqualTo(200);
        String token = fetched.json().get("auth-token").asText();
        var again = http.post(fetchPath, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("error-code").asText()).isEqualTo("1");
        assertThat(again.json().has("auth-token")).isFalse();
        String[] session = {"Authorization", "Basic " + token};

        var launchData = http.get("/xapi/activities/state?stateId=LMS.LaunchData&activityId=" + enc(activityId)
                + "&agent=" + enc(actor) + "&registration=" + registration, headers(session, V103));
        assertThat(launchData.status()).as(launchData.body()).isEqualTo(200);
        JsonNode data = launchData.json();
        assertThat(data.path("launchMode").asText()).isEqualTo("Normal");
        String sessionId = data.path("contextTemplate").path("extensions")
                .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText();
        assertThat(sessionId).isEqualTo(launch.json().get("sessionId").asText());
        var otherRegistration = http.get("/xapi/activities/state?stateId=LMS.LaunchData&activityId=" + enc(activityId)
                + "&agent=" + enc(actor) + "&registration=" + UUID.randomUUID(), headers(session, V103));
        assertThat(otherRegistration.status()).isEqualTo(403);

        String initialized = """
                {"actor":%s,"verb":{"id":"http://adlnet.gov/expapi/verbs/initialized"},"object":{"id":"%s"},
                 "timestamp":"2026-12-01T08:00:00Z",
                 "context":{"registration":"%s","contextActivities":{"grouping":[{"id":"%s"}],
                   "category":[{"id":"https://w3id.org/xapi/cmi5/context/categories/cmi5"}]},
                   "extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"%s"}}}
                """.formatted(actor, activityId, registration,
                imported.json().path("aus").get(0).path("id").asText(), sessionId);
        var terminatedFirst = http.post("/xapi/statements", initialized.replace("verbs/initialized", "verbs/terminated"),
                headers(session, V103));
        assertThat(terminatedFirst.status()).isEqualTo(400);
        assertThat(terminatedFirst.json().path("code").asText()).isEqualTo("cmi5_rule");
        var stored = http.post("/xapi/statements", initialized, headers(session, V103));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        var voiding = http.post("/xapi/statements", """
                {"actor":%s,"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(actor, stored.json().get(0).asText()),
                headers(session, V103));
        assertThat(voiding.status()).isEqualTo(403);

        assertThat(verbs(http, registration)).containsExactly("launched", "initialized");

        var status = http.get("/api/cmi5/registrations/" + registration, admin);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("satisfied").asBoolean()).isFalse();
        assertThat(status.json().get("sessions")).hasSize(1);
    }

    /** The CATAPULT package as a course of its first AU only (it completes on launch; moveOn Completed). */
    private static byte[] oneAuCourse() throws IOException {
        Path dir = catapultPackage().resolveSibling("catapult-multi_au_framed");
        String manifest = """
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="https://hoctap.vn/it/cmi5/catapult-one-au">
                    <title><langstring lang="en-US">Introduction to Geology</langstring></title>
                    <description><langstring lang="en-US">One AU of the CATAPULT course</langstring></description>
                  </course>
                  <au id="https://hoctap.vn/it/cmi5/catapult-one-au/1" moveOn="Completed">
                    <title><langstring lang="en-US">Introduction to Geology</langstring></title>
                    <description><langstring lang="en-US">Completes on launch</langstring></description>
                    <url>index.html?pages=1&amp;complete=launch</url>
                  </au>
                </courseStructure>
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                if (name.equals("cmi5.xml")) {
                    zip.write(manifest.getBytes(StandardCharsets.UTF_8));
                } else {
                    Files.copy(file, zip);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The last segment of each stored statement's verb id, oldest first (not the verbs of sub-statements). */
    private static List<String> verbs(HttpClientSupport http, String registration) throws IOException {
        var recorded = http.get("/xapi/statements?registration=" + registration + "&ascending=true",
                headers(defaultStoreCredential(), V103));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        List<String> verbs = new ArrayList<>();
        recorded.json().get("statements")
                .forEach(s -> verbs.add(s.path("verb").path("id").asText().replaceAll(".*/", "")));
        return verbs;
    }

    private static List<String> waitForVerbs(HttpClientSupport http, String registration, String... needed)
            throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        List<String> verbs = verbs(http, registration);
        while (!verbs.containsAll(List.of(needed)) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            verbs = verbs(http, registration);
        }
        return verbs;
    }

    /**
     * Clicks the AU's exit button once the AU has enabled it. CATAPULT disables its exit buttons while any of its
     * statements is in flight, and a click on a disabled button does nothing: the LRS already holding
     * {@code satisfied} (issued while the AU's completed request is answered) does not mean the browser has the
     * answers of that request, of the empty batch flush after it or of the video's {@code initialized}.
     */
    private static void clickExitOnceEnabled(ChromeDriverSession chromium) throws Exception {
        String clickIfEnabled = "var exit = document.querySelector('.exit-button');"
                + " if (exit.disabled) { return false; } exit.click(); return true;";
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (!chromium.execute(clickIfEnabled).asBoolean()) {
            assertThat(java.time.Instant.now()).as("the AU's exit button stays disabled (a statement in flight)")
                    .isBefore(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void the_catapult_au_runs_in_headless_chromium_through_our_launch_and_satisfies_the_registration() throws Exception {
        var http = http();
        String[] admin = basic("admin", ADMIN_PASSWORD);
        byte[] pkg = oneAuCourse();
        try (ChromeDriverSession chromium = new ChromeDriverSession()) {
            var imported = http.postBytes("/api/cmi5/courses", pkg, admin);
            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            var registered = http.post("/api/cmi5/courses/" + imported.json().get("id").asText() + "/registrations",
                    "{\"actor\":{\"account\":{\"homePage\":\"https://hoctap.vn\",\"name\":\"chromium-learner\"}}}",
                    admin);
            String registration = registered.json().get("id").asText();
            var launch = http.post("/api/cmi5/registrations/" + registration + "/launches", "{\"au\":\"0\"}", admin);
            assertThat(launch.status()).as(launch.body()).isEqualTo(201);

            chromium.open(URI.create(launch.json().get("url").asText()));
            List<String> running = waitForVerbs(http, registration, "initialized", "completed", "satisfied");
            assertThat(running).as("statements while the AU runs").contains("launched", "initialized", "completed",
                    "satisfied");
            assertThat(chromium.execute("var e = document.getElementById('error-content');"
                    + " return e ? e.textContent.trim() : '';").asText()).as("the AU's tracking errors").isEmpty();
            clickExitOnceEnabled(chromium);
            List<String> all = waitForVerbs(http, registration, "terminated");

            assertThat(all).containsSubsequence("launched", "initialized", "completed", "terminated");
            assertThat(all).containsOnlyOnce("satisfied");
            var status = http.get("/api/cmi5/registrations/" + registration, admin);
            assertThat(status.json().get("satisfied").asBoolean()).as(status.body()).isTrue();
            assertThat(status.json().path("aus").get(0).path("completed").asBoolean()).isTrue();
        }
    }

    static String[] defaultStoreCredential() throws IOException {
        Path file = Path.of(System.getProperty("hoctap.it.dataDir"), "secrets", "lrs-default-credential");
        String[] keyAndSecret = Files.readString(file).strip().split(":", 2);
        return basic(keyAndSecret[0], keyAndSecret[1]);
    }
}
