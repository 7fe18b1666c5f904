package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Our player in our packages of the sample course, in a real headless Chromium, against the real platform
 * ({@link SampleCourseServer}): version 1's cmi5 package, made launchable by the platform when it packaged the
 * version, launched through our cmi5 launch with statements read back from our LRS (online, and offline then
 * online); and its SCORM 1.2 package, downloaded from the platform, under a SCORM 1.2 runtime.
 */
@ExtendWith(SampleCourseServer.Resolver.class)
class SampleCoursePlayerIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration PACKAGING = Duration.ofMinutes(6);
    private static final String[] V103 = {"X-Experience-API-Version", "1.0.3"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "window";
    private static final String SCO = "document.getElementById('sco').contentWindow";

    private static SampleCourseServer platform;
    private static HttpClientSupport http;
    private static JsonNode cmi5Course;
    private static String[] reader;

    @BeforeAll
    static void versionOneIsLaunchable(SampleCourseServer server) throws Exception {
        platform = server;
        http = server.http();
        cmi5Course = awaitLaunchableVersionOne();
        reader = readCredential();
    }

    private static JsonNode awaitLaunchableVersionOne() throws InterruptedException {
        Instant deadline = Instant.now().plus(PACKAGING);
        String path = "/api/cmi5/published/" + platform.courseId() + "/versions/1";
        while (true) {
            var reply = http.get(path, platform.admin());
            if (reply.status() == 200) {
                return reply.json();
            }
            assertThat(reply.status()).as(reply.body()).isEqualTo(404);
            assertThat(Instant.now()).as("version 1 packaged and launchable:\n" + platform.output()).isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    /** A credential of the default store that may read every statement (the LRS as a reporting tool reads it). */
    private static String[] readCredential() {
        var stores = http.get("/api/admin/lrs/stores", platform.admin());
        assertThat(stores.status()).as(stores.body()).isEqualTo(200);
        String store = null;
        for (JsonNode s : stores.json()) {
            if (s.path("name").asText().equals("default")) {
                store = s.path("id").asText();
            }
        }
        assertThat(store).as("the default LRS store").isNotNull();
        var issued = http.post("/api/admin/lrs/stores/" + store + "/credentials",
                "{\"label\":\"player IT reader\",\"scopes\":[\"statements/read\"]}", platform.admin());
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return HttpClientSupport.basic(issued.json().get("key").asText(), issued.json().get("secret").asText());
    }

    // ---- the course and its launch ---------------------------------------------------------------------------

    /** The position of the AU of the outline's lesson that has slides, a video and a quiz. */
    private static int lessonWithVideo() throws IOException {
        JsonNode outline = JSON.readTree(Path.of("../samples/course/outline.json").toFile());
        List<String> titles = new ArrayList<>();
        for (JsonNode lesson : outline.path("lessons")) {
            boolean video = false;
            for (JsonNode block : lesson.path("blocks")) {
                video |= block.path("type").asText().equals("video");
            }
            if (video) {
                lesson.path("title").forEach(t -> titles.add(t.asText()));
            }
        }
        for (JsonNode au : cmi5Course.path("aus")) {
            if (titles.contains(au.path("title").asText())) {
                return au.path("index").asInt();
            }
        }
        throw new AssertionError("no AU titled " + titles + " in " + cmi5Course);
    }

    private static String register(String learner) {
        var registered = http.post("/api/cmi5/courses/" + cmi5Course.path("id").asText() + "/registrations",
                "{\"actor\":{\"account\":{\"homePage\":\"https://hoctap.vn\",\"name\":\"" + learner + "\"}},"
                        + "\"languagePreference\":\"vi\",\"audioPreference\":\"off\"}", platform.admin());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asText();
    }

    private record Launched(URI url, String activityId) {
    }

    private static Launched launch(String registration, int au) {
        var launch = http.post("/api/cmi5/registrations/" + registration + "/launches", "{\"au\":\"" + au + "\"}",
                platform.admin());
        assertThat(launch.status()).as(launch.body()).isEqualTo(201);
        return new Launched(URI.create(launch.json().get("url").asText()), launch.json().get("activityId").asText());
    }

    // ---- driving the player --------------------------------------------------------------------------------

    /** Clicks the element once it exists, is enabled and shown (a click on a disabled button does nothing). */
    private static void click(ChromeDriverSession chromium, String window, String id) throws Exception {
        chromium.waitUntil("var e = " + window + ".document.getElementById(" + JSON.writeValueAsString(id) + ");"
                + " if (!e || e.disabled || e.hidden) { return false; } e.click(); return true;", WAIT);
    }

    private static JsonNode run(ChromeDriverSession chromium, String window, String body) throws Exception {
        return chromium.execute("var w = " + window + "; var P = w.HocTapPlayer;"
                + " var block = P.state.blocks[P.state.block]; " + body);
    }

    /** What a learner did in a lesson. */
    private record Played(int slidesPaged, int questions, double scaled) {
    }

    /**
     * Plays the open lesson to its end as a learner does: pages through every slide, plays the video for a few
     * seconds (muted) when {@code watchVideo}, answers every quiz (correctly, or the last question wrongly), and
     * finishes. Waits on the player's state, never on time.
     */
    private static Played playLesson(ChromeDriverSession chromium, String window, boolean watchVideo,
            boolean lastAnswerWrong) throws Exception {
        chromium.waitUntil("var w = " + window + "; return !!(w && w.HocTapPlayer && w.HocTapPlayer.state.ready);", WAIT);
        assertThat(run(chromium, window, "return P.state.error || '';").asText()).as("launch error").isEmpty();
        int blocks = run(chromium, window, "return P.state.blocks.length;").asInt();
        int slides = 0;
        int questions = 0;
        double points = 0;
        double earned = 0;
        for (int i = 0; i < blocks; i++) {
            chromium.waitUntil("var w = " + window + "; return w.HocTapPlayer.state.block === " + i + ";", WAIT);
            String type = run(chromium, window, "return block.type;").asText();
            if (type.equals("slides")) {
                slides++;
                while (run(chromium, window, "var n = w.document.getElementById('next-slide');"
                        + " if (n.disabled) { return false; } n.click(); return true;").asBoolean()) {
                    slides++;
                }
                assertThat(run(chromium, window, "return !!P.state.visited[block.id];").asBoolean())
                        .as("the last slide reached").isTrue();
            } else if (type.equals("video") && watchVideo) {
                chromium.waitUntil("var v = " + window + ".document.querySelector('video');"
                        + " return !!v && v.readyState >= 1;", WAIT);
                run(chromium, window, "var v = w.document.querySelector('video'); v.muted = true; v.play(); return true;");
                chromium.waitUntil("return " + window + ".document.querySelector('video').currentTime > 3;", WAIT);
                run(chromium, window, "w.document.querySelector('video').pause(); return true;");
                chromium.waitUntil("var w = " + window + "; var P = w.HocTapPlayer;"
                        + " var t = P.state.videoTrackers[P.state.blocks[P.state.block].id];"
                        + " return w.document.querySelector('video').paused && t.playingFrom === null;", WAIT);
            } else if (type.equals("quiz")) {
                JsonNode quiz = run(chromium, window, "return {id: block.id, questions: block.questions.map(function (q) {"
                        + " return {id: q.id, points: q.points, choices: q.choices.map(function (c) {"
                        + " return {id: c.id, correct: !!c.correct}; })}; })};");
                List<JsonNode> list = new ArrayList<>();
                quiz.path("questions").forEach(list::add);
                for (int q = 0; q < list.size(); q++) {
                    JsonNode question = list.get(q);
                    boolean wrong = lastAnswerWrong && q == list.size() - 1;
                    List<JsonNode> incorrect = new ArrayList<>();
                    question.path("choices").forEach(c -> {
                        if (!c.path("correct").asBoolean()) {
                            incorrect.add(c);
                        }
                    });
                    boolean answeredWrongly = wrong && !incorrect.isEmpty();
                    for (JsonNode choice : question.path("choices")) {
                        boolean pick = answeredWrongly ? choice == incorrect.get(0) : choice.path("correct").asBoolean();
                        if (pick) {
                            click(chromium, window, "choice-" + question.path("id").asText() + "-"
                                    + choice.path("id").asText());
                        }
                    }
                    points += question.path("points").asDouble();
                    earned += answeredWrongly ? 0 : question.path("points").asDouble();
                    questions++;
                }
                String quizId = quiz.path("id").asText();
                click(chromium, window, "submit-" + quizId);
                chromium.waitUntil("return !!" + window + ".HocTapPlayer.state.grades["
                        + JSON.writeValueAsString(quizId) + "];", WAIT);
            }
            if (i < blocks - 1) {
                click(chromium, window, "next-part");
            }
        }
        click(chromium, window, "finish");
        chromium.waitUntil("return " + window + ".HocTapPlayer.state.finished === true;", WAIT);
        return new Played(slides, questions, points == 0 ? 0 : earned / points);
    }

    // ---- reading the LRS -------------------------------------------------------------------------------------

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String[] headers(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Every statement of a registration, in the order the LRS stored them. */
    private static List<JsonNode> statements(String registration) {
        List<JsonNode> all = new ArrayList<>();
        String path = "/xapi/statements?registration=" + registration + "&ascending=true&limit=500";
        while (path != null && !path.isEmpty()) {
            var page = http.get(path, headers(reader, V103));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("statements").forEach(all::add);
            String more = page.json().path("more").asText("");
            path = more.isEmpty() ? null : more;
        }
        return all;
    }

    /**
     * A statement as "verb" (the AU itself), "verb question", "video verb", "verb course" / "verb block"
     * (the LMS's satisfied), or "verb object-id".
     */
    private static Function<JsonNode, String> describedFor(String auActivityId) {
        return s -> {
            String verb = s.path("verb").path("id").asText().replaceAll(".*/", "");
            String object = s.path("object").path("id").asText();
            if (object.equals(auActivityId)) {
                return verb;
            }
            if (object.equals(cmi5Course.path("activityId").asText())) {
                return verb + " course";
            }
            if (object.contains(":block:")) {
                return verb + " block";
            }
            if (object.contains("/questions/")) {
                return verb + " question";
            }
            if (s.path("context").path("contextActivities").path("category").toString()
                    .contains("https://w3id.org/xapi/video")) {
                return "video " + verb;
            }
            return verb + " " + object;
        };
    }

    private static List<JsonNode> awaitStatements(String registration, String why,
            java.util.function.Predicate<List<JsonNode>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        List<JsonNode> all = statements(registration);
        while (!done.test(all)) {
            assertThat(Instant.now()).as(why + ": " + all.size() + " statements").isBefore(deadline);
            Thread.sleep(250);
            all = statements(registration);
        }
        return all;
    }

    private static long count(List<JsonNode> statements, String auActivityId, String described) {
        return statements.stream().map(describedFor(auActivityId)).filter(described::equals).count();
    }

    // ---- the tests -----------------------------------------------------------------------------------------

    @Test
    void a_learner_plays_the_sample_course_through_our_cmi5_launch_and_the_lrs_records_it_in_order_until_the_registration_is_satisfied()
            throws Exception {
        String registration = register("player-it-" + UUID.randomUUID());
        int videoLesson = lessonWithVideo();
        try (ChromeDriverSession chromium = new ChromeDriverSession()) {
            Launched launched = launch(registration, videoLesson);
            chromium.open(launched.url());
            Played played = playLesson(chromium, PAGE, true, false);
            chromium.waitUntil("return HocTapPlayer.state.exited === true && HocTapPlayer.queue.size() === 0;", WAIT);
            assertThat(played.slidesPaged()).as("slides of the lesson's deck").isGreaterThanOrEqualTo(2);
            assertThat(played.scaled()).isEqualTo(1.0);

            List<JsonNode> lesson = awaitStatements(registration, "the AU's terminated",
                    all -> count(all, launched.activityId(), "terminated") == 1);
            List<String> expected = new ArrayList<>(List.of("launched", "initialized", "video initialized",
                    "video played", "video paused", "video terminated"));
            for (int q = 0; q < played.questions(); q++) {
                expected.add("answered question");
            }
            expected.addAll(List.of("completed", "passed", "terminated"));
            assertThat(lesson.stream().map(describedFor(launched.activityId())).toList())
                    .as("the lesson's statements in the order the LRS stored them").containsExactlyElementsOf(expected);
            JsonNode passed = lesson.get(expected.indexOf("passed"));
            assertThat(passed.path("result").path("success").asBoolean()).isTrue();
            assertThat(passed.path("result").path("score").path("scaled").asDouble()).isEqualTo(1.0);
            JsonNode paused = lesson.get(4);
            assertThat(paused.path("result").path("extensions").path("https://w3id.org/xapi/video/extensions/time")
                    .asDouble()).isGreaterThan(3.0);
            String sessionId = lesson.get(1).path("context").path("extensions")
                    .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText();
            assertThat(sessionId).isNotEmpty();
            assertThat(lesson).allSatisfy(s -> assertThat(s.path("context").path("extensions")
                    .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText()).isEqualTo(sessionId));
            var afterOne = http.get("/api/cmi5/registrations/" + registration, platform.admin());
            assertThat(afterOne.json().path("aus").get(videoLesson).path("satisfied").asBoolean()).as(afterOne.body())
                    .isTrue();
            assertThat(afterOne.json().path("satisfied").asBoolean()).as("other lessons are not done").isFalse();

            List<String> lastLesson = new ArrayList<>();
            for (JsonNode au : cmi5Course.path("aus")) {
                if (au.path("index").asInt() == videoLesson) {
                    continue;
                }
                Launched next = launch(registration, au.path("index").asInt());
                chromium.open(next.url());
                playLesson(chromium, PAGE, true, false);
                chromium.waitUntil("return HocTapPlayer.state.exited === true && HocTapPlayer.queue.size() === 0;",
                        WAIT);
                lastLesson.clear();
                lastLesson.add(next.activityId());
            }
            String courseObject = cmi5Course.path("activityId").asText();
            List<JsonNode> all = awaitStatements(registration, "the course satisfied",
                    list -> list.stream().anyMatch(s -> s.path("object").path("id").asText().equals(courseObject)));
            List<String> described = all.stream().map(describedFor(lastLesson.get(0))).toList();
            assertThat(described).filteredOn("satisfied course"::equals).hasSize(1);
            assertThat(described).as("satisfied once the last lesson is passed")
                    .containsSubsequence("launched", "initialized", "completed", "passed", "satisfied course");
            assertThat(all.stream().filter(s -> s.path("verb").path("id").asText().endsWith("/launched")).count())
                    .isEqualTo(cmi5Course.path("aus").size());
            var status = http.get("/api/cmi5/registrations/" + registration, platform.admin());
            assertThat(status.json().path("satisfied").asBoolean()).as(status.body()).isTrue();
            assertThat(status.json().path("aus")).allSatisfy(au -> assertThat(au.path("satisfied").asBoolean()).isTrue());
        }
    }

    @Test
    void statements_made_offline_reach_the_lrs_once_when_the_browser_is_back_online() throws Exception {
        String registration = register("offline-it-" + UUID.randomUUID());
        int au = cmi5Course.path("aus").get(0).path("index").asInt();
        try (ChromeDriverSession chromium = new ChromeDriverSession()) {
            Launched launched = launch(registration, au);
            chromium.open(launched.url());
            chromium.waitUntil("return !!(window.HocTapPlayer && HocTapPlayer.state.ready"
                    + " && HocTapPlayer.queue.size() === 0);", WAIT);
            assertThat(statements(registration).stream().map(describedFor(launched.activityId())).toList())
                    .containsExactly("launched", "initialized");

            chromium.offline(true);
            chromium.waitUntil("return navigator.onLine === false;", WAIT);
            Played played = playLesson(chromium, PAGE, false, false);
            chromium.waitUntil("return HocTapPlayer.state.exited === true;", WAIT);
            List<String> queued = new ArrayList<>();
            chromium.execute("return HocTapPlayer.queue.items().map(function (i) { return i.statement.id; });")
                    .forEach(id -> queued.add(id.asText()));
            assertThat(queued).as("answered, completed, passed, terminated waiting on the device")
                    .hasSizeGreaterThanOrEqualTo(played.questions() + 3);
            assertThat(statements(registration)).as("nothing reached the LRS while offline").hasSize(2);

            chromium.offline(false);
            chromium.waitUntil("return navigator.onLine === true && HocTapPlayer.queue.size() === 0;", WAIT);
            List<JsonNode> all = awaitStatements(registration, "the queued statements",
                    list -> list.stream().map(s -> s.path("id").asText()).collect(Collectors.toSet())
                            .containsAll(queued));
            Map<String, Long> stored = all.stream().collect(Collectors.groupingBy(s -> s.path("id").asText(),
                    Collectors.counting()));
            assertThat(queued).allSatisfy(id -> assertThat(stored.get(id)).as("copies of " + id).isEqualTo(1L));
            assertThat(stored.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
            for (String id : queued) {
                var one = http.get("/xapi/statements?statementId=" + enc(id), headers(reader, V103));
                assertThat(one.status()).as(one.body()).isEqualTo(200);
            }
            List<String> described = all.stream().map(describedFor(launched.activityId())).toList();
            assertThat(described).containsSubsequence("launched", "initialized", "answered question", "completed",
                    "passed", "terminated");
            assertThat(described).filteredOn("answered question"::equals).hasSize(played.questions());
            var status = http.get("/api/cmi5/registrations/" + registration, platform.admin());
            assertThat(status.json().path("aus").get(au).path("satisfied").asBoolean()).as(status.body()).isTrue();
        }
    }

    @Test
    void the_scorm_12_package_downloaded_from_the_platform_records_completion_and_score_in_a_scorm_runtime()
            throws Exception {
        Path dir = platform.newDirectory("scorm12-");
        unzip(download("/api/courses/" + platform.courseId() + "/versions/1/packages/scorm12/full"), dir);
        String sco = scoLaunch(dir.resolve("imsmanifest.xml"), lessonWithVideo());
        String runtime = Files.readString(Path.of("../packager/src/test/resources/scorm12-runtime.html"));
        try (StaticSite site = new StaticSite(dir, runtime); ChromeDriverSession chromium = new ChromeDriverSession()) {
            chromium.open(URI.create(site.base() + "/lms.html?sco=" + enc("/pkg/" + sco)));
            Played played = playLesson(chromium, SCO, false, true);
            chromium.waitUntil("return window.calls.some(function (c) { return c[0] === 'LMSFinish'; });", WAIT);

            JsonNode data = chromium.execute("return window.data;");
            double percent = played.scaled() * 100;
            assertThat(played.scaled()).as("one question answered wrongly").isLessThan(1.0);
            assertThat(data.path("cmi.core.score.raw").asDouble()).isCloseTo(percent, within(0.01));
            assertThat(data.path("cmi.core.score.min").asText()).isEqualTo("0");
            assertThat(data.path("cmi.core.score.max").asText()).isEqualTo("100");
            double mastery = chromium.execute("return " + SCO + ".HocTapPlayer.state.masteryScore;").asDouble();
            assertThat(data.path("cmi.core.lesson_status").asText())
                    .isEqualTo(played.scaled() >= mastery ? "passed" : "failed");
            assertThat(data.path("cmi.core.session_time").asText()).matches("\\d{4}:\\d{2}:\\d{2}\\.\\d{2}");
            assertThat(data.path("cmi.interactions." + (played.questions() - 1) + ".id").asText()).isNotEmpty();
            assertThat(data.path("cmi.interactions." + (played.questions() - 1) + ".result").asText()).isEqualTo("wrong");
            JsonNode calls = chromium.execute("return window.calls.map(function (c) { return c[0]; });");
            assertThat(calls.get(0).asText()).isEqualTo("LMSInitialize");
            assertThat(calls.get(calls.size() - 1).asText()).isEqualTo("LMSFinish");
        }
    }

    private static byte[] download(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(platform.base().resolve(path.substring(1)))
                .timeout(Duration.ofMinutes(2)).header(platform.admin()[0], platform.admin()[1]).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static void unzip(byte[] zip, Path dir) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = dir.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(dir)).as(entry.getName()).isTrue();
                if (!entry.isDirectory()) {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
    }

    /** The launch URL of the n-th SCO item, as an LMS builds it: its resource's href and the item's parameters. */
    private static String scoLaunch(Path manifest, int position) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(manifest.toFile());
        NodeList items = document.getElementsByTagNameNS("*", "item");
        Element item = (Element) items.item(position);
        NodeList resources = document.getElementsByTagNameNS("*", "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("identifier").equals(item.getAttribute("identifierref"))) {
                return resource.getAttribute("href") + item.getAttribute("parameters");
            }
        }
        throw new AssertionError("no resource for item " + item.getAttribute("identifier"));
    }

    /** Serves an unzipped package under {@code /pkg/} and a SCORM runtime page at {@code /lms.html}. */
    private static final class StaticSite implements AutoCloseable {

        private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
                "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png",
                "jpg", "image/jpeg", "webp", "image/webp", "mp4", "video/mp4", "m4a", "audio/mp4",
                "vtt", "text/vtt; charset=utf-8", "xml", "application/xml");

        private final HttpServer server;
        private final ExecutorService threads = Executors.newFixedThreadPool(4);

        StaticSite(Path root, String runtimePage) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(threads);
            server.createContext("/lms.html", exchange -> answer(exchange, 200, "text/html; charset=utf-8",
                    runtimePage.getBytes(StandardCharsets.UTF_8)));
            server.createContext("/pkg/", exchange -> {
                Path file = root.resolve(exchange.getRequestURI().getPath().substring("/pkg/".length())).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    answer(exchange, 404, "text/plain", new byte[0]);
                    return;
                }
                String name = file.getFileName().toString();
                String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                answer(exchange, 200, type, Files.readAllBytes(file));
            });
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
            try (exchange; InputStream ignored = exchange.getRequestBody()) {
                exchange.getResponseHeaders().add("Content-Type", type);
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
