package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.process.FfmpegPrograms;

/**
 * Through the real WAR: a resumable (tus) upload sent in two pieces becomes an asset, with 409 for a wrong offset,
 * 413 for an oversize declared length and 412 without the protocol header; the job of the asset is listed, read
 * with its history and followed live with Server-Sent Events; captions are attached to the ready video; a running
 * job is cancelled.
 */
class MediaJobsAndUploadsIT extends RealWarTest {

    private static final String TUS = "Tus-Resumable";

    @TempDir
    Path temp;

    private String[] admin(String... more) {
        List<String> headers = new ArrayList<>(List.of(basic("admin", ADMIN_PASSWORD)));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }

    @Test
    void a_tus_upload_in_two_pieces_becomes_an_asset_whose_job_is_listed_followed_live_and_captioned() throws Exception {
        byte[] clip = clip("clip.mp4", "testsrc2=size=426x240:rate=25:duration=3");
        var http = http();
        int half = clip.length / 2;

        // two streams of every job, opened before the upload: both must see this job become READY
        List<String> firstWatcher = watchAllJobs();
        List<String> secondWatcher = watchAllJobs();

        var options = http.method("OPTIONS", "/api/media/uploads", null, admin());
        var created = http.method("POST", "/api/media/uploads", null, admin(TUS, "1.0.0", "Upload-Length",
                String.valueOf(clip.length), "Upload-Metadata", "filename " + Base64.getEncoder().encodeToString(
                        "bài giảng.mp4".getBytes(StandardCharsets.UTF_8))));
        String location = URI.create(created.header("Location")).getPath();
        var first = http.method("PATCH", location, Arrays.copyOf(clip, half), admin(TUS, "1.0.0", "Content-Type",
                "application/offset+octet-stream", "Upload-Offset", "0"));
        var wrong = http.method("PATCH", location, Arrays.copyOfRange(clip, 10, half), admin(TUS, "1.0.0",
                "Content-Type", "application/offset+octet-stream", "Upload-Offset", "10"));
        var head = http.method("HEAD", location, null, admin(TUS, "1.0.0"));
        var last = http.method("PATCH", location, Arrays.copyOfRange(clip, half, clip.length), admin(TUS, "1.0.0",
                "Content-Type", "application/offset+octet-stream", "Upload-Offset", String.valueOf(half)));

        assertThat(options.header("Tus-Version")).as(options.status() + " " + options.response().headers() + " " + options.body())
                .isEqualTo("1.0.0");
        assertThat(options.header("Tus-Extension")).contains("creation", "termination", "checksum");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(first.header("Upload-Offset")).isEqualTo(String.valueOf(half));
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.json().get("message").asText()).contains(String.valueOf(half));
        assertThat(head.header("Upload-Offset")).isEqualTo(String.valueOf(half));
        assertThat(last.status()).as(last.body()).isEqualTo(204);
        String id = last.header("Hoctap-Media-Asset");
        assertThat(id).isNotBlank();

        HttpResponse<String> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(deployment.toExternalForm()).resolve(
                "/api/media/jobs/" + id + "/events")).header("Accept", "text/event-stream")
                .header("Authorization", basic("admin", ADMIN_PASSWORD)[1]).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.body()).contains("event: job").contains("\"status\":\"READY\"");

        for (List<String> watcher : List.of(firstWatcher, secondWatcher)) {
            awaitLine(watcher, line -> line.startsWith("data:") && line.contains("\"id\":\"" + id + "\"")
                    && line.contains("\"status\":\"READY\""));
        }

        var job = http.get("/api/media/jobs/" + id, admin());
        var list = http.get("/api/media/jobs?status=READY&limit=5", admin());
        var badStatus = http.get("/api/media/jobs?status=DONE", admin());
        var cancelReady = http.method("POST", "/api/media/jobs/" + id + "/cancel", null, admin());
        assertThat(job.json().get("status").asText()).isEqualTo("READY");
        assertThat(job.json().get("originalName").asText()).isEqualTo("bài giảng.mp4");
        assertThat(job.json().get("history").findValuesAsText("status")).containsSubsequence("RECEIVED", "PROCESSING", "READY");
        assertThat(list.json().get("items").findValuesAsText("id")).contains(id);
        assertThat(list.json().get("total").asLong()).isPositive();
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(cancelReady.status()).isEqualTo(409);

        var captioned = http.method("PUT", "/api/media/" + id + "/captions/vi",
                "1\r\n00:00:00,000 --> 00:00:01,500\r\nXin chào\r\n".getBytes(StandardCharsets.UTF_8), admin("Content-Type", "text/plain"));
        var invalid = http.method("PUT", "/api/media/" + id + "/captions/km", "no cues".getBytes(StandardCharsets.UTF_8),
                admin("Content-Type", "text/plain"));
        assertThat(captioned.status()).as(captioned.body()).isEqualTo(200);
        assertThat(captioned.json().get("manifest").get("renditions").findValuesAsText("language")).contains("vi");
        assertThat(invalid.status()).isEqualTo(422);
    }

    /** Opens {@code /api/media/jobs/events} and collects its lines, as they arrive, in the list returned. */
    private List<String> watchAllJobs() {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(deployment.toExternalForm())
                        .resolve("/api/media/jobs/events")).header("Accept", "text/event-stream")
                        .header("Authorization", basic("admin", ADMIN_PASSWORD)[1]).build(),
                HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(response -> response.body().forEach(lines::add));
        return lines;
    }

    private static void awaitLine(List<String> lines, java.util.function.Predicate<String> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (lines.stream().noneMatch(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such event in the stream of all jobs: " + lines);
            }
            Thread.sleep(200);
        }
    }

    @Test
    void tus_refuses_an_oversize_length_a_missing_version_and_forgets_a_terminated_upload() {
        var http = http();
        var huge = http.method("POST", "/api/media/uploads", null, admin(TUS, "1.0.0", "Upload-Length", "99999999999"));
        var noVersion = http.method("POST", "/api/media/uploads", null, admin("Upload-Length", "10"));
        var created = http.method("POST", "/api/media/uploads", null, admin(TUS, "1.0.0", "Upload-Length", "100"));
        String location = URI.create(created.header("Location")).getPath();
        var terminated = http.method("DELETE", location, null, admin(TUS, "1.0.0"));
        var gone = http.method("HEAD", location, null, admin(TUS, "1.0.0"));
        var anonymous = http.method("POST", "/api/media/uploads", null, TUS, "1.0.0", "Upload-Length", "10");

        assertThat(huge.status()).isEqualTo(413);
        assertThat(noVersion.status()).isEqualTo(412);
        assertThat(noVersion.header("Tus-Version")).isEqualTo("1.0.0");
        assertThat(terminated.status()).isEqualTo(204);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void a_running_job_is_cancelled_through_the_api_and_ends_cancelled() throws Exception {
        byte[] clip = clip("long.mp4", "testsrc2=size=1280x720:rate=30:duration=40");
        var http = http();
        var created = http.postBytes("/api/media?name=long.mp4", clip, admin());
        String id = created.json().get("id").asText();
        String status = "";
        for (int i = 0; i < 120 && !status.equals("PROCESSING"); i++) {
            Thread.sleep(250);
            status = http.get("/api/media/jobs/" + id, admin()).json().get("status").asText();
        }

        var cancelled = http.method("POST", "/api/media/jobs/" + id + "/cancel", null, admin());

        assertThat(status).as("the job was running when it was cancelled").isEqualTo("PROCESSING");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("history").findValuesAsText("reason")).contains("cancelled by admin");
        Thread.sleep(3000);
        var later = http.get("/api/media/jobs/" + id, admin());
        assertThat(later.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(later.json().get("history").findValuesAsText("status")).doesNotContain("READY");
    }

    private byte[] clip(String name, String source) throws Exception {
        Path file = temp.resolve(name);
        Process ffmpeg = new ProcessBuilder(FfmpegPrograms.bundled().ffmpeg().toString(), "-hide_banner", "-loglevel",
                "error", "-f", "lavfi", "-i", source, "-c:v", "libopenh264", "-b:v", "2M", file.toString())
                .redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor()).isZero();
        return Files.readAllBytes(file);
    }
}
