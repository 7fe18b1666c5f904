package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.JSON;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.text.Digests;
import vn.hoctap.packager.build.ManifestSchemas;
import vn.hoctap.packager.build.PackageFormat;
import vn.hoctap.samples.deck.FlatOdpWriter;
import vn.hoctap.samples.deck.PptxConverter;
import vn.hoctap.samples.outline.Block;
import vn.hoctap.samples.outline.CourseOutline;
import vn.hoctap.samples.outline.Lesson;
import vn.hoctap.samples.outline.OutlineReader;

/**
 * Issue 7's end-to-end test on the sample course, behaving as the citizen app would against the uber jar that
 * published it ({@link SampleCourseServer}): the catalogue read page by page until the course's card shows with
 * its 8 packages; the low-bandwidth cmi5 package downloaded with the connection cut halfway, resumed and checked
 * against its SHA-256 and the low-bandwidth budget; every manifest validated against the official XSDs; a phone's
 * offline queue synced and the progress read, with only the pseudonym in the LRS; then a version changing one
 * slide published through the authoring API and fetched as its delta, while the previous version, packaged
 * again by the running platform, gives the very same bytes.
 *
 * <p>The last test publishes a new version of the shared sample course: other classes on the same server read the
 * version they need explicitly or follow the catalogue's current one.
 */
@ExtendWith(SampleCourseServer.Resolver.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleCourseAppIT {

    private static final Duration PACKAGED = Duration.ofMinutes(4);
    private static final Duration MEDIA = Duration.ofMinutes(4);
    private static final Path OUTLINE = Path.of("../samples/course/outline.json");
    private static final long MB = 1_000_000L;
    private static final String[] V103 = {"X-Experience-API-Version", "1.0.3"};
    private static final List<String> FORMATS = List.of("cmi5", "xapi", "scorm12", "scorm2004");

    private static SampleCourseServer server;
    private static HttpClientSupport http;
    private static String storeId;
    private static String[] app;
    private static JsonNode card;

    @BeforeAll
    static void an_app_client_finds_the_sample_course_in_the_catalogue(SampleCourseServer platform) throws Exception {
        server = platform;
        http = platform.http();
        var store = http.post("/api/admin/lrs/stores", "{\"name\":\"sample-app-" + System.nanoTime() + "\"}",
                platform.admin());
        assertThat(store.status()).as(store.body()).isEqualTo(201);
        storeId = store.json().get("id").asText();
        app = credential("app");
        long deadline = System.nanoTime() + PACKAGED.toNanos();
        while (card == null) {
            card = searchedCard();
            if (card == null) {
                assertThat(System.nanoTime()).as("the sample course's card with 8 packages in time:\n"
                        + platform.output()).isLessThan(deadline);
                Thread.sleep(2000);
            }
        }
    }

    /** Pages of one item through the search (cursor), as the app's search screen scrolls; null until packaged. */
    private static JsonNode searchedCard() {
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            var reply = http.get("/api/app/catalog?q=ky%20nang%20so&language=km&limit=1"
                    + (cursor == null ? "" : "&cursor=" + cursor), app);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            for (JsonNode item : reply.json().path("items")) {
                if (item.path("id").asText().equals(server.courseId()) && item.path("packages").size() == 8) {
                    return item;
                }
            }
            if (!reply.json().hasNonNull("nextCursor")) {
                return null;
            }
            cursor = reply.json().get("nextCursor").asText();
        }
        throw new AssertionError("the cursor never ends");
    }

    @Test
    @Order(1)
    void the_card_tells_the_titles_lessons_cover_and_each_package_and_pages_answer_304_and_gzip() throws Exception {
        assertThat(card.at("/title/vi").asText()).isEqualTo("Kỹ năng số cơ bản");
        assertThat(card.at("/title/km").asText()).isEqualTo("ជំនាញឌីជីថលមូលដ្ឋាន");
        assertThat(card.at("/title/en").asText()).isEqualTo("Basic digital skills");
        assertThat(card.path("languages").toString()).contains("vi", "km", "en");
        assertThat(card.path("lessons")).hasSize(3);
        for (JsonNode lesson : card.path("lessons")) {
            assertThat(lesson.path("durationSeconds").asLong()).as(lesson.toString()).isPositive();
            assertThat(lesson.path("activityId").asText()).startsWith(card.path("courseIri").asText() + "/lessons/");
        }
        assertThat(card.at("/lessons/1/durationSeconds").asLong()).as("lesson 2 holds the 54 s video and more")
                .isGreaterThan(54);

        String thumbnailUrl = card.path("thumbnailUrl").asText();
        assertThat(thumbnailUrl).matches("/api/app/files/[0-9a-f]{64}");
        HttpResponse<byte[]> thumbnail = send(thumbnailUrl, "GET");
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(Digests.sha256(thumbnail.body())).isEqualTo(thumbnailUrl.substring("/api/app/files/".length()));
        var picture = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(picture).as("the thumbnail is a picture").isNotNull();
        assertThat(picture.getWidth()).as("a small cover thumbnail, not the 1280 px cover").isLessThanOrEqualTo(640);
        System.out.printf("SampleCourseAppIT: thumbnail %d x %d, %d bytes%n", picture.getWidth(), picture.getHeight(),
                thumbnail.body().length);

        Set<String> kinds = new HashSet<>();
        for (JsonNode p : card.path("packages")) {
            kinds.add(p.path("format").asText() + "/" + p.path("variant").asText());
            assertThat(p.path("sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(p.path("url").asText()).isEqualTo("/api/app/courses/" + server.courseId() + "/versions/"
                    + card.path("version").asInt() + "/packages/" + p.path("format").asText() + "/"
                    + p.path("variant").asText());
            HttpResponse<byte[]> head = send(p.path("url").asText(), "HEAD");
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Length")).contains(p.path("size").asText());
            assertThat(head.headers().firstValue("ETag")).contains("\"" + p.path("sha256").asText() + "\"");
        }
        assertThat(kinds).hasSize(8);
        for (String format : FORMATS) {
            assertThat(pkg(card, format, "low").path("size").asLong()).as(format)
                    .isLessThan(pkg(card, format, "full").path("size").asLong());
        }

        // the whole catalogue, two by two: the course appears once
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = http.get("/api/app/catalog?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), app);
            assertThat(page.status()).isEqualTo(200);
            page.json().path("items").forEach(i -> ids.add(i.path("id").asText()));
            cursor = page.json().hasNonNull("nextCursor") ? page.json().get("nextCursor").asText() : null;
        } while (cursor != null && ids.size() < 1000);
        assertThat(ids).containsOnlyOnce(server.courseId());

        String searched = "/api/app/catalog?q=ky%20nang%20so&language=km";
        var page = http.get(searched, app);
        String etag = page.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(http.get(searched, app[0], app[1], "If-None-Match", etag).status()).isEqualTo(304);
        HttpResponse<byte[]> gzipped = send(searched, "GET", "Accept-Encoding", "gzip");
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        JsonNode unzipped = JSON.readTree(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())));
        assertThat(unzipped).isEqualTo(page.json());
    }

    @Test
    @Order(2)
    void the_low_bandwidth_cmi5_package_resumes_after_a_cut_matches_its_sha256_and_stays_within_the_budget()
            throws Exception {
        JsonNode low = pkg(card, "cmi5", "low");
        String url = low.path("url").asText();
        long size = low.path("size").asLong();
        String tag = "\"" + low.path("sha256").asText() + "\"";

        byte[] firstHalf = http.cutDownload(url, (int) (size / 2), app);
        assertThat(firstHalf).hasSize((int) (size / 2));
        HttpResponse<byte[]> rest = send(url, "GET", "Range", "bytes=" + firstHalf.length + "-", "If-Range", tag);
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.headers().firstValue("Content-Range"))
                .contains("bytes " + firstHalf.length + "-" + (size - 1) + "/" + size);
        assertThat((long) rest.body().length).isEqualTo(size - firstHalf.length);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(firstHalf);
        whole.write(rest.body());
        byte[] zip = whole.toByteArray();
        assertThat(Digests.sha256(zip)).isEqualTo(low.path("sha256").asText());
        assertThat(entry(zip, "cmi5.xml")).isNotNull();
        HttpResponse<byte[]> beyond = send(url, "GET", "Range", "bytes=" + size + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + size);

        // what the platform states (the package index beside the zips) ...
        String key = packageKey(card.path("version").asInt(), "cmi5", "low");
        Path index = server.dataDirectory().resolve("objects/objects").resolve(key).resolveSibling("index.json");
        JsonNode entry = null;
        for (JsonNode p : JSON.readTree(index.toFile()).path("packages")) {
            if (p.path("format").asText().equals("cmi5") && p.path("variant").asText().equals("low")) {
                entry = p;
            }
        }
        assertThat(entry).as("cmi5 low in " + index).isNotNull();
        assertThat(entry.path("sha256").asText()).isEqualTo(low.path("sha256").asText());
        System.out.println("SampleCourseAppIT: package index of the low cmi5 package: " + entry.path("lessons"));
        assertThat(entry.path("withinLowBandwidthBudget").asBoolean()).as(entry.toString()).isTrue();
        // ... and our own count, pro rata from the card's lesson durations: the video's seconds at 15 MB per
        // 10 minutes, every other second (slides, questions: 30 s each) at 5 MB per 10 minutes
        long total = 0;
        for (int i = 0; i < card.path("lessons").size(); i++) {
            JsonNode lesson = card.path("lessons").get(i);
            JsonNode indexed = entry.path("lessons").get(i);
            assertThat(indexed.path("lessonId").asText()).isEqualTo(lesson.path("id").asText());
            double video = indexed.path("videoSeconds").asDouble();
            double other = lesson.path("durationSeconds").asLong() - video;
            long budget = Math.round(video * 15 * MB / 600 + other * 5 * MB / 600);
            total += budget;
            System.out.printf("SampleCourseAppIT: lesson %d: %d s (%.0f s video), media %d bytes, budget %d bytes%n",
                    i + 1, lesson.path("durationSeconds").asLong(), video, indexed.path("mediaBytes").asLong(), budget);
            assertThat(indexed.path("mediaBytes").asLong()).as("lesson " + (i + 1)).isLessThanOrEqualTo(budget);
        }
        System.out.printf("SampleCourseAppIT: low cmi5 %d bytes, budget of the course %d bytes (%.1f %%)%n",
                size, total, 100.0 * size / total);
        assertThat(size).as("the whole zip, player included").isLessThanOrEqualTo(total);
    }

    @Test
    @Order(3)
    void every_manifest_of_both_variants_downloaded_from_the_server_validates_against_the_official_xsds()
            throws Exception {
        for (PackageFormat format : PackageFormat.values()) {
            for (String variant : List.of("full", "low")) {
                JsonNode p = pkg(card, format.slug(), variant);
                HttpResponse<byte[]> zip = send(p.path("url").asText(), "GET");
                assertThat(zip.statusCode()).isEqualTo(200);
                assertThat(Digests.sha256(zip.body())).isEqualTo(p.path("sha256").asText());
                byte[] manifest = entry(zip.body(), format.manifestName());
                assertThat(manifest).as(format + " " + variant + " has " + format.manifestName()).isNotNull();
                try {
                    ManifestSchemas.validate(format, manifest);
                } catch (org.xml.sax.SAXException e) {
                    throw new AssertionError(format + " " + variant + ": " + e.getMessage() + "\n"
                            + new String(manifest, StandardCharsets.UTF_8), e);
                }
            }
        }
    }

    @Test
    @Order(4)
    void an_offline_queue_is_answered_per_statement_progress_follows_and_the_lrs_holds_only_the_pseudonym()
            throws Exception {
        String learner = "hv-sample-" + System.nanoTime();
        String course = card.path("courseIri").asText();
        String lesson1 = card.at("/lessons/0/activityId").asText();
        String lesson2 = card.at("/lessons/1/activityId").asText();
        String registration = UUID.randomUUID().toString();
        String context = "\"context\":{\"registration\":\"" + registration + "\",\"contextActivities\":{\"grouping\":"
                + "[{\"id\":\"" + course + "\"}]}}";
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        String queue = "{\"learner\":\"" + learner + "\",\"statements\":["
                // what a careless client might add: a name and a mailbox, replaced by the pseudonym
                + "{\"id\":\"" + ids.get(0) + "\",\"actor\":{\"name\":\"Nguyễn Thị Lan\",\"mbox\":\"mailto:lan@example.org\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"},\"object\":{\"id\":\"" + lesson1
                + "\"}," + context + ",\"timestamp\":\"2026-12-01T08:00:00+07:00\"},"
                + "{\"id\":\"" + ids.get(1) + "\",\"verb\":{\"id\":\"completed\"},\"object\":{\"id\":\"" + lesson1 + "\"}},"
                + "{\"id\":\"" + ids.get(2) + "\",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                + "\"object\":{\"id\":\"" + lesson1 + "\"},\"result\":{\"completion\":true}," + context
                + ",\"timestamp\":\"2026-12-01T08:09:00+07:00\"},"
                + "{\"id\":\"" + ids.get(3) + "\",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/passed\"},"
                + "\"object\":{\"id\":\"" + lesson1 + "\"},\"result\":{\"success\":true,\"score\":{\"scaled\":0.8}}," + context
                + ",\"timestamp\":\"2026-12-01T08:10:00+07:00\"},"
                + "{\"id\":\"" + ids.get(4) + "\",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/progressed\"},"
                + "\"object\":{\"id\":\"" + lesson2 + "\"},\"result\":{\"extensions\":"
                + "{\"https://w3id.org/xapi/cmi5/result/extensions/progress\":40}}," + context
                + ",\"timestamp\":\"2026-12-01T08:15:00+07:00\"}],"
                + "\"states\":[{\"activityId\":\"" + lesson2 + "\",\"registration\":\"" + registration
                + "\",\"stateId\":\"resume\",\"document\":{\"slide\":3}}]}";

        var synced = http.post("/api/app/sync", queue, app);
        assertThat(synced.status()).as(synced.body()).isEqualTo(200);
        JsonNode answers = synced.json().path("statements");
        assertThat(answers.findValuesAsText("result"))
                .containsExactly("stored", "rejected", "stored", "stored", "stored");
        assertThat(answers.findValuesAsText("id")).contains(ids.get(0).toString(), ids.get(4).toString());
        assertThat(answers.get(1).path("violations").toString()).contains("$.statements[1].verb.id");
        assertThat(synced.json().at("/states/0/result").asText()).isEqualTo("stored");

        var repeated = http.post("/api/app/sync", queue, app);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().path("statements").findValuesAsText("result"))
                .containsExactly("already_stored", "rejected", "already_stored", "already_stored", "already_stored");

        var progress = http.get("/api/app/progress?learner=" + learner + "&course="
                + URLEncoder.encode(course, StandardCharsets.UTF_8), app);
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        JsonNode found = progress.json();
        assertThat(found.path("completedLessons").asInt()).as(found.toString()).isEqualTo(1);
        JsonNode first = null;
        for (JsonNode lesson : found.path("lessons")) {
            if (lesson.path("id").asText().equals(lesson1)) {
                first = lesson;
            }
        }
        assertThat(first).as(found.toString()).isNotNull();
        assertThat(first.path("completed").asBoolean()).isTrue();
        assertThat(first.path("passed").asBoolean()).isTrue();
        assertThat(first.at("/score/scaled").asDouble()).isEqualTo(0.8);
        assertThat(found.at("/resume/lesson").asText()).isEqualTo(lesson2);
        assertThat(found.at("/resume/progress").asInt()).isEqualTo(40);
        assertThat(found.at("/resume/state/slide").asInt()).isEqualTo(3);

        // read back through the LRS by an LMS of the same store: the keyed pseudonym, nothing else about the person
        String key = Files.readString(server.dataDirectory().resolve("secrets/app-pseudonym-key")).strip();
        String pseudonym = hmac(key, learner);
        assertThat(found.at("/learner/account/name").asText()).isEqualTo(pseudonym);
        String[] lms = credential("all");
        var stored = http.get("/xapi/statements?limit=50", lms[0], lms[1], V103[0], V103[1]);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        JsonNode statements = stored.json().path("statements");
        assertThat(statements).hasSize(4);
        for (JsonNode statement : statements) {
            assertThat(statement.get("actor").toString()).isEqualTo("{\"objectType\":\"Agent\",\"account\":"
                    + "{\"homePage\":\"https://hoctap.vn/app\",\"name\":\"" + pseudonym + "\"}}");
            assertThat(statement.toString()).doesNotContain("mailto", "mbox", "Nguyễn", learner);
        }
    }

    @Test
    @Order(5)
    void a_version_changing_one_slide_costs_only_its_delta_and_the_previous_version_rebuilds_to_the_same_bytes()
            throws Exception {
        String courseId = server.courseId();
        int previous = card.path("version").asInt();
        JsonNode low = pkg(card, "cmi5", "low");
        JsonNode heldFiles = http.get(low.path("filesUrl").asText(), app).json();
        JsonNode heldFullFiles = http.get(pkg(card, "cmi5", "full").path("filesUrl").asText(), app).json();
        assertThat(heldFiles.path("files").size()).isPositive();

        // the author changes one bullet of one slide of lesson 1's Vietnamese deck and uploads the new deck
        String lessonId = card.at("/lessons/0/id").asText();
        Path deck = changedDeck();
        var upload = http.postBytes("/api/courses/" + courseId + "/uploads?name=" + deck.getFileName(),
                Files.readAllBytes(deck), server.admin());
        assertThat(upload.status()).as(upload.body()).isIn(200, 201);
        String asset = upload.json().get("id").asText();
        awaitReady(asset);
        String lessonUrl = "/api/courses/" + courseId + "/lessons/" + lessonId;
        String blockId = null;
        for (JsonNode block : http.get(lessonUrl, server.admin()).json().path("blocks")) {
            if (block.at("/content/type").asText().equals("slides") && block.at("/content/language").asText().equals("vi")) {
                blockId = block.path("id").asText();
            }
        }
        assertThat(blockId).as("lesson 1's Vietnamese deck").isNotNull();
        String blockUrl = lessonUrl + "/blocks/" + blockId;
        String blockTag = http.get(blockUrl, server.admin()).header("ETag");
        var changed = http.put(blockUrl, "{\"type\":\"slides\",\"assetId\":\"" + asset + "\",\"language\":\"vi\"}",
                server.admin()[0], server.admin()[1], "If-Match", blockTag);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        // Byte-identical rebuild: forget that the current version was packaged (as if its packaging had never
        // finished); when the next version is published, the platform's catalogue sync packages both again.
        Map<String, String> recorded = packageDigests(previous);
        assertThat(recorded).hasSize(8);
        int logged = count(server.output(), "Packaged version " + previous + " of course " + courseId);
        execute("DELETE FROM distribution_package WHERE course_id = ? AND version = ?", courseId, previous);
        execute("DELETE FROM distribution_release WHERE course_id = ? AND version = ?", courseId, previous);

        assertThat(http.post("/api/courses/" + courseId + "/submit", "", server.admin()).status()).isEqualTo(200);
        var review = http.post("/api/courses/" + courseId + "/reviews", "{\"decision\":\"APPROVE\"}", server.admin());
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        var published = http.post("/api/courses/" + courseId + "/versions", "", server.admin());
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        int next = published.json().path("number").asInt();
        assertThat(next).isEqualTo(previous + 1);

        JsonNode nextCard = awaitCard(next);
        Map<String, String> rebuilt = awaitPackageDigests(previous);
        assertThat(count(server.output(), "Packaged version " + previous + " of course " + courseId))
                .as("version " + previous + " was packaged again").isEqualTo(logged + 1);
        assertThat(rebuilt).as("every zip and file manifest of the rebuilt version").isEqualTo(recorded);
        HttpResponse<byte[]> again = send(low.path("url").asText(), "GET");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Digests.sha256(again.body())).isEqualTo(low.path("sha256").asText());

        // an app holding the previous package fetches only the files whose hashes changed
        Delta lowDelta = delta(heldFiles, pkg(nextCard, "cmi5", "low"));
        Delta fullDelta = delta(heldFullFiles, pkg(nextCard, "cmi5", "full"));
        System.out.println("SampleCourseAppIT: one slide changed, v" + previous + " -> v" + next + ": low cmi5 "
                + lowDelta + "; full cmi5 " + fullDelta);
        assertThat(lowDelta.paths()).as("the changed slide's small image and the player's course data")
                .hasSize(2).anyMatch(path -> path.startsWith("media/") && path.endsWith(".png"))
                .contains("player/course-data.js");
        assertThat(fullDelta.paths()).hasSize(2).contains("player/course-data.js");
        assertThat(fullDelta.percent()).as("the issue's bound: under 5 % of the package").isLessThan(5.0);
        // player/course-data.js (every text of the course, ~52 KB) changes with any text and comes again, gzipped
        assertThat(lowDelta.percent()).as("the issue's bound: under 5 % of the package").isLessThan(5.0);
    }

    /** The files an app lacks to go from the files it holds to a package: each fetched by hash and checked. */
    private static Delta delta(JsonNode heldFiles, JsonNode target) {
        JsonNode targetFiles = http.get(target.path("filesUrl").asText(), app).json();
        Set<String> held = new HashSet<>(heldFiles.path("files").findValuesAsText("sha256"));
        long bytes = 0;
        List<String> paths = new ArrayList<>();
        for (JsonNode file : targetFiles.path("files")) {
            String sha256 = file.path("sha256").asText();
            if (held.contains(sha256)) {
                continue;
            }
            // as a phone's HTTP stack asks: text files come gzipped, media as they are
            HttpResponse<byte[]> body = send("/api/app/files/" + sha256, "GET", "Accept-Encoding", "gzip");
            assertThat(body.statusCode()).isEqualTo(200);
            byte[] content = body.body();
            String path = file.path("path").asText();
            if (body.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                assertThat(path).as("only text is compressed").endsWith(".js");
                assertThat(body.headers().firstValue("ETag")).contains("W/\"" + sha256 + "\"");
                try (var gunzip = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(content))) {
                    content = gunzip.readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            assertThat(body.headers().firstValue("X-Checksum-SHA256")).contains(sha256);
            assertThat(Digests.sha256(content)).as(path).isEqualTo(sha256);
            assertThat((long) content.length).isEqualTo(file.path("size").asLong());
            bytes += body.body().length;
            paths.add(path);
        }
        return new Delta(paths, bytes, target.path("size").asLong());
    }

    private record Delta(List<String> paths, long bytes, long packageSize) {
        double percent() {
            return 100.0 * bytes / packageSize;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d of %d bytes (%.2f %%) in %s", bytes, packageSize,
                    percent(), paths);
        }
    }

    /** Lesson 1's Vietnamese deck generated from the outline with one bullet of its second slide changed. */
    private static Path changedDeck() throws IOException {
        ObjectNode outline = (ObjectNode) JSON.readTree(OUTLINE.toFile());
        for (JsonNode block : outline.at("/lessons/0/blocks")) {
            if (block.path("type").asText().equals("slides")) {
                ObjectNode bullet = (ObjectNode) block.at("/slides/0/bullets/0");
                bullet.put("vi", bullet.path("vi").asText() + " (cập nhật)");
            }
        }
        CourseOutline changed = new OutlineReader().parse(JSON.writeValueAsBytes(outline), "changed outline");
        Lesson lesson = changed.lessons().get(0);
        Block.Slides slides = lesson.blocks(Block.Slides.class).get(0);
        Path directory = server.newDirectory("changed-deck-");
        Path document = directory.resolve(slides.deckFile("vi").replaceFirst("\\.pptx$", ".fodp"));
        Files.writeString(document, new FlatOdpWriter().write(changed, lesson, slides, "vi"), StandardCharsets.UTF_8);
        return PptxConverter.onThisMachine().convert(List.of(document), directory.resolve("out"),
                directory.resolve("work")).get(0);
    }

    private static void awaitReady(String asset) throws InterruptedException {
        long deadline = System.nanoTime() + MEDIA.toNanos();
        String status = "";
        while (!status.equals("READY")) {
            assertThat(status).isNotEqualTo("FAILED");
            assertThat(System.nanoTime()).as("deck " + asset + " processed in time").isLessThan(deadline);
            Thread.sleep(1000);
            status = http.get("/api/media/" + asset, server.admin()).json().path("status").asText();
        }
    }

    private static JsonNode awaitCard(int version) throws InterruptedException {
        long deadline = System.nanoTime() + PACKAGED.toNanos();
        while (System.nanoTime() < deadline) {
            var reply = http.get("/api/app/catalog/" + server.courseId(), app);
            if (reply.status() == 200 && reply.json().path("version").asInt() == version) {
                return reply.json();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("version " + version + " never reached the catalogue:\n" + server.output());
    }

    /** format/variant → SHA-256 of the zip and of its file manifest, as the platform recorded them. */
    private static Map<String, String> packageDigests(int version) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection connection = server.database().dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT format, variant, sha256, manifest_sha256"
                        + " FROM distribution_package WHERE course_id = ? AND version = ? ORDER BY format, variant")) {
            query.setObject(1, UUID.fromString(server.courseId()));
            query.setInt(2, version);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    digests.put(rows.getString(1) + "/" + rows.getString(2), rows.getString(3) + " " + rows.getString(4));
                }
            }
        }
        return digests;
    }

    private static Map<String, String> awaitPackageDigests(int version) throws Exception {
        long deadline = System.nanoTime() + PACKAGED.toNanos();
        while (System.nanoTime() < deadline) {
            if ("READY".equals(SampleCourseServer.single(server.database(), "SELECT status FROM distribution_release"
                    + " WHERE course_id = '" + server.courseId() + "' AND version = " + version))) {
                return packageDigests(version);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("version " + version + " was not packaged again:\n" + server.output());
    }

    private static String packageKey(int version, String format, String variant) throws Exception {
        return SampleCourseServer.single(server.database(), "SELECT object_key FROM distribution_package WHERE course_id = '"
                + server.courseId() + "' AND version = " + version + " AND format = '" + format + "' AND variant = '"
                + variant + "'");
    }

    private static void execute(String sql, String courseId, int version) throws Exception {
        try (Connection connection = server.database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(courseId));
            statement.setInt(2, version);
            statement.executeUpdate();
        }
    }

    private static String[] credential(String scope) {
        var reply = http.post("/api/admin/lrs/stores/" + storeId + "/credentials",
                "{\"label\":\"sample " + scope + "\",\"scopes\":[\"" + scope + "\"]}", server.admin());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return basic(reply.json().get("key").asText(), reply.json().get("secret").asText());
    }

    private static JsonNode pkg(JsonNode card, String format, String variant) {
        for (JsonNode p : card.path("packages")) {
            if (p.path("format").asText().equals(format) && p.path("variant").asText().equals(variant)) {
                return p;
            }
        }
        throw new AssertionError("no " + format + " " + variant + " package in " + card);
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return null;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static String hmac(String hexKey, String learner) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(learner.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<byte[]> send(String path, String method, String... headers) {
        return http.bytes(method, path, HttpClientSupport.headers(app, headers));
    }
}
