package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.process.FfmpegPrograms;

/**
 * Uploads through the API of the real WAR: a video becomes a ready asset with its renditions (FFmpeg runs as a
 * child process of the server), an unsupported file gets 415, uploads need an author or administrator.
 */
class MediaIT extends RealWarTest {

    @TempDir
    Path temp;

    @Test
    void an_uploaded_video_becomes_ready_with_its_renditions() throws Exception {
        Path clip = temp.resolve("clip.mp4");
        Process ffmpeg = new ProcessBuilder(FfmpegPrograms.bundled().ffmpeg().toString(), "-hide_banner", "-loglevel",
                "error", "-f", "lavfi", "-i", "testsrc2=size=426x240:rate=25:duration=2", "-f", "lavfi", "-i",
                "sine=frequency=440:duration=2", "-c:v", "libopenh264", "-c:a", "aac", "-shortest", clip.toString())
                .redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor()).isZero();
        var http = http();

        var created = http.postBytes("/api/media?name=" + java.net.URLEncoder.encode("bài-1.mp4",
                java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(clip), basic("admin", ADMIN_PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();

        String status = "";
        var asset = created;
        for (int i = 0; i < 240 && !status.equals("READY") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            asset = http.get("/api/media/" + id, basic("admin", ADMIN_PASSWORD));
            status = asset.json().get("status").asText();
        }
        assertThat(status).as(asset.body()).isEqualTo("READY");
        assertThat(asset.json().path("manifest").path("renditions").findValuesAsText("kind"))
                .contains("HLS_MASTER", "MP4", "MP4_LOW");
        assertThat(asset.json().get("originalName").asText()).isEqualTo("bài-1.mp4");

        var again = http.postBytes("/api/media", Files.readAllBytes(clip), basic("admin", ADMIN_PASSWORD));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(id);
    }

    @Test
    void an_unsupported_file_is_refused_with_415_and_uploads_need_credentials() {
        var http = http();
        var text = http.postBytes("/api/media", "plain text, not media".getBytes(), basic("admin", ADMIN_PASSWORD));
        var anonymous = http.postBytes("/api/media", new byte[] {1, 2, 3});

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("code").asText()).isEqualTo("unsupported_media_type");
        assertThat(anonymous.status()).isEqualTo(401);
    }
}
