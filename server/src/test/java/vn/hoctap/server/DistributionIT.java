package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.core.text.Digests;
import vn.hoctap.media.process.FfmpegPrograms;

/**
 * The app's view of distribution on the real WAR (issue 7, point 7): a course published through the authoring
 * API (with a video made at test time) appears in the catalogue (ETag, 304, gzip); its low-bandwidth cmi5 package
 * is downloaded with the connection cut halfway and resumed with Range / If-Range, and its SHA-256 verified; a
 * queue of statements recorded offline, one malformed, goes through sync and the progress follows; a changed version
 * is fetched as the delta of its file manifest, file by file by hash; a withdrawn course is reported by the
 * updated-since feed.
 */
class DistributionIT extends RealWarTest {

    private static final String PASSWORD = "mật-khẩu-đủ-dài";

    @TempDir
    Path temp;

    private HttpClientSupport http;
    private String[] app;

    @Test
    void an_app_reads_the_catalogue_resumes_a_cut_download_and_fetches_only_the_delta_of_a_new_version()
            throws Exception {
        http = http();
        user("lan", "author");
        user("sokha", "reviewer");
        app = appClient();
        Instant start = Instant.now();

        Draft draft = publishedCourse();
        String course = draft.course();
        JsonNode card = awaitCard(course, 1);

        // the catalogue: card content, ETag and 304, gzip, app clients only
        assertThat(card.at("/title/km").asText()).isEqualTo("ជំនាញឌីជីថល");
        assertThat(card.path("lessons")).hasSize(2);
        assertThat(card.at("/lessons/1/durationSeconds").asLong()).isBetween(9L, 11L);
        assertThat(card.path("packages")).hasSize(8);
        var page = http.get("/api/app/catalog?q=ky%20nang%20so&language=km", app);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().path("items").findValuesAsText("id")).contains(course);
        String etag = page.header("ETag");
        assertThat(http.get("/api/app/catalog?q=ky%20nang%20so&language=km", app[0], app[1], "If-None-Match", etag)
                .status()).isEqualTo(304);
        HttpResponse<byte[]> gzipped = send("/api/app/catalog?q=ky%20nang%20so", "GET", "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new String(new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)).contains(course);
        assertThat(http.get("/api/app/catalog").status()).isEqualTo(401);
        assertThat(http.get("/api/app/catalog", basic("lan", PASSWORD)).status()).isEqualTo(403);
        assertThat(http.get("/api/app/catalog?language=fr", app).json().get("path").asText()).isEqualTo("language");

        // the low-bandwidth cmi5 package: HEAD, a cut download resumed with Range, SHA-256, 416
        JsonNode low = pkg(card, "cmi5", "low");
        String url = low.path("url").asText();
        HttpResponse<byte[]> head = send(url, "HEAD");
        assertThat(head.statusCode()).isEqualTo(200);
        long size = Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow());
        assertThat(size).isEqualTo(low.path("size").asLong());
        String packageTag = head.headers().firstValue("ETag").orElseThrow();
        assertThat(packageTag).isEqualTo("\"" + low.path("sha256").asText() + "\"");

        byte[] firstHalf = cutDownload(url, (int) (size / 2));
        HttpResponse<byte[]> rest = send(url, "GET", "Range", "bytes=" + firstHalf.length + "-", "If-Range", packageTag);
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.headers().firstValue("Content-Range"))
                .contains("bytes " + firstHalf.length + "-" + (size - 1) + "/" + size);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(firstHalf);
        whole.write(rest.body());
        assertThat(Digests.sha256(whole.toByteArray())).isEqualTo(low.path("sha256").asText());
        assertThat(send(url, "GET", "Range", "bytes=5-9", "If-Range", "\"stale\"").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> beyond = send(url, "GET", "Range", "bytes=" + size + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).contains("bytes */" + size);

        // staff (the course's readers) list and download the packages too, e.g. for a third-party LMS
        var staffList = http.get("/api/courses/" + course + "/versions/1/packages", as("sokha"));
        assertThat(staffList.status()).as(staffList.body()).isEqualTo(200);
        assertThat(staffList.json()).hasSize(8);
        assertThat(staffList.json().findValuesAsText("sha256")).contains(low.path("sha256").asText());
        var staffHead = http.bytes("HEAD", "/api/courses/" + course + "/versions/1/packages/scorm12/full", as("sokha"));
        assertThat(staffHead.statusCode()).isEqualTo(200);
        assertThat(staffHead.headers().firstValue("Content-Length").orElseThrow())
                .isEqualTo(pkg(card, "scorm12", "full").path("size").asText());
        assertThat(http.get("/api/courses/" + course + "/versions/1/packages", app).status()).isIn(401, 403);

        // statements recorded offline, one malformed, synced per statement; progress follows the learner
        String courseIri = card.path("courseIri").asText();
        String lessonIri = card.at("/lessons/0/activityId").asText();
        String grouping = "\"context\":{\"contextActivities\":{\"grouping\":[{\"id\":\"" + courseIri + "\"}]}}";
        String queue = "{\"learner\":\"app-user-42\",\"statements\":["
                + "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"},"
                + "\"object\":{\"id\":\"" + lessonIri + "\"}," + grouping + ",\"timestamp\":\"2026-12-01T08:00:00Z\"},"
                + "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"verb\":{\"id\":\"not an IRI\"},"
                + "\"object\":{\"id\":\"" + lessonIri + "\"}},"
                + "{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                + "\"object\":{\"id\":\"" + lessonIri + "\"},\"result\":{\"completion\":true}," + grouping
                + ",\"timestamp\":\"2026-12-01T08:05:00Z\"}]}";
        var synced = http.post("/api/app/sync", queue, app[0], app[1], "X-Experience-API-Version", "1.0.3");
        assertThat(synced.status()).as(synced.body()).isEqualTo(200);
        assertThat(synced.json().path("statements").findValuesAsText("result"))
                .containsExactly("stored", "rejected", "stored");
        var again = http.post("/api/app/sync", queue, app[0], app[1], "X-Experience-API-Version", "1.0.3");
        assertThat(again.json().path("statements").findValuesAsText("result"))
                .containsExactly("already_stored", "rejected", "already_stored");
        var progress = http.get("/api/app/progress?learner=app-user-42&course="
                + java.net.URLEncoder.encode(courseIri, java.nio.charset.StandardCharsets.UTF_8), app[0], app[1],
                "X-Experience-API-Version", "1.0.3");
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        assertThat(progress.json().path("completedLessons").asInt()).as(progress.body()).isEqualTo(1);
        assertThat(progress.json().at("/learner/account/name").asText()).doesNotContain("app-user-42");

        // a new version changing one text block: only its changed files are fetched, by hash
        JsonNode v1Files = http.get(low.path("filesUrl").asText(), app).json();
        changeTextAndPublish(draft);
        JsonNode card2 = awaitCard(course, 2);
        JsonNode low2 = pkg(card2, "cmi5", "low");
        JsonNode v2Files = http.get(low2.path("filesUrl").asText(), app).json();
        Set<String> held = new HashSet<>(v1Files.path("files").findValuesAsText("sha256"));
        long deltaBytes = 0;
        int deltaFiles = 0;
        for (JsonNode file : v2Files.path("files")) {
            if (held.contains(file.path("sha256").asText())) {
                continue;
            }
            HttpResponse<byte[]> fetched = send("/api/app/files/" + file.path("sha256").asText(), "GET");
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(fetched.headers().firstValue("Cache-Control").orElse("")).contains("immutable", "max-age=31536000");
            assertThat(Digests.sha256(fetched.body())).isEqualTo(file.path("sha256").asText());
            assertThat(file.path("path").asText()).doesNotStartWith("media/");
            deltaBytes += fetched.body().length;
            deltaFiles++;
        }
        System.out.printf("DistributionIT: low cmi5 v2 %d bytes; delta %d files, %d bytes (%.2f %%)%n",
                low2.path("size").asLong(), deltaFiles, deltaBytes, 100.0 * deltaBytes / low2.path("size").asLong());
        assertThat(deltaFiles).isPositive();
        assertThat(deltaBytes).isLessThan(low2.path("size").asLong() / 20);

        // text files by hash: gzipped for a client that accepts it (weak ETag, 304 on it), identity for a range;
        // media never compressed
        JsonNode script = null;
        JsonNode image = null; // a video file
        for (JsonNode file : v2Files.path("files")) {
            String path = file.path("path").asText();
            script = path.equals("player/course-data.js") ? file : script;
            image = path.startsWith("media/") && path.endsWith(".mp4") && image == null ? file : image;
        }
        String scriptUrl = "/api/app/files/" + script.path("sha256").asText();
        HttpResponse<byte[]> gzippedScript = send(scriptUrl, "GET", "Accept-Encoding", "gzip, br");
        assertThat(gzippedScript.statusCode()).isEqualTo(200);
        assertThat(gzippedScript.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzippedScript.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(gzippedScript.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        byte[] unzipped = new GZIPInputStream(new java.io.ByteArrayInputStream(gzippedScript.body())).readAllBytes();
        assertThat(Digests.sha256(unzipped)).isEqualTo(script.path("sha256").asText());
        assertThat(gzippedScript.body().length).isLessThan(unzipped.length / 2);
        String weak = gzippedScript.headers().firstValue("ETag").orElseThrow();
        assertThat(weak).isEqualTo("W/\"" + script.path("sha256").asText() + "\"");
        assertThat(send(scriptUrl, "GET", "Accept-Encoding", "gzip", "If-None-Match", weak).statusCode()).isEqualTo(304);
        HttpResponse<byte[]> ranged = send(scriptUrl, "GET", "Accept-Encoding", "gzip", "Range", "bytes=0-9");
        assertThat(ranged.statusCode()).isEqualTo(206);
        assertThat(ranged.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(ranged.body()).isEqualTo(java.util.Arrays.copyOf(unzipped, 10));
        assertThat(send(scriptUrl, "GET", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding"))
                .isEmpty();
        HttpResponse<byte[]> video = send("/api/app/files/" + image.path("sha256").asText(), "HEAD",
                "Accept-Encoding", "gzip");
        assertThat(video.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(video.headers().firstValue("Content-Type")).contains("video/mp4");

        // withdrawing every version: gone from the catalogue, reported by the updated-since feed
        withdraw(course, 2);
        withdraw(course, 1);
        JsonNode feedItem = null;
        for (int i = 0; i < 120 && feedItem == null; i++) {
            Thread.sleep(500);
            for (JsonNode item : http.get("/api/app/catalog?limit=100&updatedSince=" + start, app).json().path("items")) {
                if (item.path("id").asText().equals(course) && item.path("state").asText().equals("withdrawn")) {
                    feedItem = item;
                }
            }
        }
        assertThat(feedItem).as("withdrawal in the updated-since feed").isNotNull();
        assertThat(http.get("/api/app/catalog?limit=100", app).json().path("items").findValuesAsText("id"))
                .doesNotContain(course);
        assertThat(http.get("/openapi").body()).contains("/api/app/catalog",
                "/api/app/courses/{courseId}/versions/{version}/packages/{format}/{variant}", "/api/app/files/{sha256}");
    }

    record Draft(String course, String lesson, String textBlock) {
    }

    private Draft publishedCourse() throws Exception {
        Path clip = temp.resolve("lesson.mp4");
        Process ffmpeg = new ProcessBuilder(FfmpegPrograms.bundled().ffmpeg().toString(), "-hide_banner", "-loglevel",
                "error", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=15:duration=10", "-f", "lavfi", "-i",
                "sine=frequency=523:duration=10", "-c:v", "libopenh264", "-c:a", "aac", "-shortest", clip.toString())
                .redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor()).isZero();

        var created = http.post("/api/courses", "{\"title\":{\"vi\":\"Kỹ năng số cho mọi người\",\"km\":\"ជំនាញឌីជីថល\","
                + "\"en\":\"Digital skills\"},\"tags\":[\"digital-skills\"],\"languages\":[\"vi\",\"km\",\"en\"]}", as("lan"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String course = created.json().get("id").asText();
        var upload = http.postBytes("/api/courses/" + course + "/uploads?name=lesson.mp4", Files.readAllBytes(clip),
                as("lan"));
        assertThat(upload.status()).as(upload.body()).isIn(200, 201);
        String asset = upload.json().get("id").asText();
        String first = lesson(course, "Nhận biết lừa đảo");
        String second = lesson(course, "Xem phim");
        String text = block(course, first, "{\"type\":\"richText\",\"html\":{\"vi\":\"<p>Không bấm link lạ</p>\"}}");
        block(course, first, "{\"type\":\"quiz\",\"title\":{\"vi\":\"Kiểm tra\"},\"masteryScore\":0.8,\"shuffle\":false,"
                + "\"questions\":[{\"kind\":\"SINGLE_CHOICE\",\"prompt\":{\"vi\":\"Tin nhắn nào là lừa đảo?\"},\"points\":1,"
                + "\"choices\":[{\"text\":{\"vi\":\"Trúng thưởng\"},\"correct\":true},{\"text\":{\"vi\":\"Lịch họp\"},"
                + "\"correct\":false}]}]}");
        String status = "";
        for (int i = 0; i < 360 && !status.equals("READY") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            status = http.get("/api/media/" + asset, as("lan")).json().path("status").asText();
        }
        assertThat(status).isEqualTo("READY");
        block(course, second, "{\"type\":\"video\",\"title\":{\"vi\":\"Phim\"},\"assetId\":\"" + asset + "\"}");
        publish(course);
        return new Draft(course, first, text);
    }

    private void changeTextAndPublish(Draft draft) {
        String course = draft.course();
        String blockUrl = "/api/courses/" + course + "/lessons/" + draft.lesson() + "/blocks/" + draft.textBlock();
        String tag = http.get(blockUrl, as("lan")).header("ETag");
        var changed = http.put(blockUrl, "{\"type\":\"richText\",\"html\":{\"vi\":\"<p>Không bấm link lạ, không gửi mã OTP</p>\"}}",
                as("lan", tag));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        publish(course);
    }

    private void publish(String course) {
        assertThat(http.post("/api/courses/" + course + "/submit", "", as("lan")).status()).isEqualTo(200);
        assertThat(http.post("/api/courses/" + course + "/reviews", "{\"decision\":\"APPROVE\"}", as("sokha")).status())
                .isEqualTo(201);
        var published = http.post("/api/courses/" + course + "/versions", "", as("lan"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
    }

    private void withdraw(String course, int version) {
        var reply = http.post("/api/courses/" + course + "/versions/" + version + "/withdrawal",
                "{\"reason\":\"Nội dung cũ\"}", as("lan"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private String lesson(String course, String title) {
        var reply = http.post("/api/courses/" + course + "/lessons", "{\"title\":{\"vi\":\"" + title + "\"}}", as("lan"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private String block(String course, String lesson, String json) {
        var reply = http.post("/api/courses/" + course + "/lessons/" + lesson + "/blocks", json, as("lan"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    private JsonNode awaitCard(String course, int version) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            var reply = http.get("/api/app/catalog/" + course, app);
            if (reply.status() == 200 && reply.json().path("version").asInt() == version) {
                return reply.json();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("version " + version + " of " + course + " never reached the catalogue");
    }

    private static JsonNode pkg(JsonNode card, String format, String variant) {
        for (JsonNode p : card.path("packages")) {
            if (p.path("format").asText().equals(format) && p.path("variant").asText().equals(variant)) {
                return p;
            }
        }
        throw new AssertionError("no " + format + " " + variant + " package in " + card);
    }

    private byte[] cutDownload(String path, int bytes) throws IOException, InterruptedException {
        return http.cutDownload(path, bytes, app);
    }

    private HttpResponse<byte[]> send(String path, String method, String... headers) {
        return http.bytes(method, path, HttpClientSupport.headers(app, headers));
    }

    private void user(String name, String role) {
        var reply = http.post("/api/admin/users", "{\"username\":\"" + name + "\",\"displayName\":\"" + name
                + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}", basic("admin", ADMIN_PASSWORD));
        assertThat(reply.status()).as(reply.body()).isIn(201, 409);
    }

    private String[] appClient() {
        var store = http.post("/api/admin/lrs/stores", "{\"name\":\"citizen-app-" + System.nanoTime() + "\"}",
                basic("admin", ADMIN_PASSWORD));
        assertThat(store.status()).as(store.body()).isEqualTo(201);
        var credential = http.post("/api/admin/lrs/stores/" + store.json().get("id").asText() + "/credentials",
                "{\"label\":\"app\",\"scopes\":[\"app\"]}", basic("admin", ADMIN_PASSWORD));
        assertThat(credential.status()).as(credential.body()).isEqualTo(201);
        return basic(credential.json().get("key").asText(), credential.json().get("secret").asText());
    }

    private static String[] as(String user) {
        return basic(user, PASSWORD);
    }

    private static String[] as(String user, String ifMatch) {
        String[] auth = as(user);
        return new String[] {auth[0], auth[1], "If-Match", ifMatch};
    }
}
