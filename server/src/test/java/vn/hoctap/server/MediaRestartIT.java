package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.testing.DatabaseEngine;
import vn.hoctap.testing.TestDatabase;

/**
 * The uber jar killed in the middle of a transcode (JVM and FFmpeg, as when a machine dies) and started again on
 * the same PostgreSQL database and object store: the job is picked up again and finishes, with one job, one READY
 * in its history and every rendition stored once.
 */
class MediaRestartIT {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String PASSWORD = "restart-admin-password";

    @Test
    void a_transcode_interrupted_by_killing_the_server_finishes_after_a_restart_without_duplicates(@TempDir Path work)
            throws Exception {
        TestDatabase database = DatabaseEngine.POSTGRESQL.freshDatabase();
        Map<String, String> env = new HashMap<>();
        env.put("HOCTAP_DB_URL", database.url());
        env.put("HOCTAP_DB_USER", database.user());
        env.put("HOCTAP_DB_PASSWORD", database.password());
        env.put("HOCTAP_ADMIN_PASSWORD", PASSWORD);
        env.put("HOCTAP_MEDIA_JOB_HEARTBEAT_SECONDS", "2"); // a dead node's job is taken over after 4 missed beats
        Path clip = work.resolve("clip.mp4");
        Process ffmpeg = new ProcessBuilder(FfmpegPrograms.bundled().ffmpeg().toString(), "-hide_banner", "-loglevel",
                "error", "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30:duration=30", "-f", "lavfi", "-i",
                "sine=frequency=440:duration=30", "-c:v", "libopenh264", "-b:v", "3M", "-c:a", "aac", "-shortest",
                clip.toString()).redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor()).isZero();

        String id;
        try (RunningServer first = RunningServer.start(work.resolve("node"), env)) {
            first.awaitReady(START);
            var http = new HttpClientSupport(first.base());
            var created = http.postBytes("api/media?name=clip.mp4", Files.readAllBytes(clip), basic("admin", PASSWORD));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            id = created.json().get("id").asText();
            int progress = 0;
            for (int i = 0; i < 600 && progress < 15; i++) {
                Thread.sleep(100);
                JsonNode job = http.get("api/media/jobs/" + id, basic("admin", PASSWORD)).json();
                progress = job.get("status").asText().equals("PROCESSING") ? job.get("progress").asInt() : 0;
            }
            assertThat(progress).as("transcode under way").isBetween(15, 99);
            first.kill();
        }

        JsonNode job;
        env.put("HOCTAP_DATA_DIR", work.resolve("node/data").toString()); // the same data, a fresh Payara directory as ./run does
        try (RunningServer second = RunningServer.start(work.resolve("restarted"), env)) {
            second.awaitReady(START);
            var http = new HttpClientSupport(second.base());
            String status = "";
            job = null;
            for (int i = 0; i < 600 && !status.equals("READY") && !status.equals("FAILED"); i++) {
                Thread.sleep(500);
                var reply = http.get("api/media/jobs/" + id, basic("admin", PASSWORD));
                assertThat(reply.status()).as(reply.body() + "\n" + second.output()).isEqualTo(200);
                job = reply.json();
                status = job.get("status").asText();
            }
            assertThat(status).as(job + "\n" + second.output()).isEqualTo("READY");
            var asset = http.get("api/media/" + id, basic("admin", PASSWORD)).json();
            var all = http.get("api/media/jobs", basic("admin", PASSWORD)).json();
            assertThat(all.get("total").asInt()).isEqualTo(1);

            List<String> statuses = job.get("history").findValuesAsText("status");
            assertThat(statuses.stream().filter("READY"::equals)).hasSize(1);
            assertThat(statuses.stream().filter("PROCESSING"::equals).count()).as(statuses.toString()).isGreaterThanOrEqualTo(2);
            List<String> keys = asset.get("manifest").get("renditions").findValuesAsText("key");
            assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
            assertThat(keys.stream().filter(k -> k.endsWith("master.m3u8"))).hasSize(1);

            FileSystemObjectStore store = new FileSystemObjectStore(work.resolve("node/data/objects"),
                    new SignedUrlSigner(SignedUrlSigner.generateSecret(), Clock.systemUTC()), Clock.systemUTC());
            Set<String> stored = new HashSet<>();
            for (StoredObject object : store.list("media/assets/" + id + "/")) {
                stored.add(object.key());
            }
            assertThat(stored).isEqualTo(new HashSet<>(keys));
            assertThat(store.list("media/originals/")).hasSize(1);
        }
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'process-media'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("no job left or duplicated").isZero();
        }
    }
}
