package vn.hoctap.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.testing.DatabaseEngine;
import vn.hoctap.testing.TestDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample course as a newcomer meets it: the media generated from the outline, the uber jar started with
 * {@code HOCTAP_SAMPLES_DIR} (what {@code ./run} does), the course published by the platform itself with its
 * decks and video transcoded, its cover and the video's three caption languages; a second start publishes
 * nothing more.
 */
class SampleCourseIT {

    @Test
    void the_first_start_publishes_the_generated_sample_course_and_the_next_start_leaves_it_alone(@TempDir Path work)
            throws Exception {
        TestDatabase database = DatabaseEngine.POSTGRESQL.freshDatabase();
        Map<String, String> env = SampleCourseServer.environment(database,
                SampleCourseServer.generateSamples(work.resolve("samples")));

        try (RunningServer server = RunningServer.start(work.resolve("first"), env)) {
            server.awaitReady(SampleCourseServer.START);
            String snapshot = SampleCourseServer.awaitPublished(database, server, "snapshot");

            assertThat(snapshot).contains("\"Kỹ năng số cơ bản\"", "\"ជំនាញឌីជីថលមូលដ្ឋាន\"", "\"Basic digital skills\"",
                    "hoctap-sample", "Khóa màn hình bằng mã PIN mạnh", "Mã OTP: không bao giờ đưa cho ai",
                    "SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "Hỏi học viên");
            assertThat(count(snapshot, "\"type\":\"slides\"")).isEqualTo(3 * 3);
            assertThat(count(snapshot, "\"type\":\"video\"")).isEqualTo(1);
            assertThat(count(snapshot, "\"type\":\"quiz\"")).isEqualTo(3);
            assertThat(snapshot).contains("\"durationSeconds\":54");
            assertThat(snapshot).as("the cover, processed as an image").contains("\"coverImage\":{", "image/large.");
            assertThat(count(snapshot, "\"kind\":\"CAPTIONS\"")).as("vi, km and en captions on the video").isEqualTo(3);
        }
        try (RunningServer again = RunningServer.start(work.resolve("second"), env)) {
            again.awaitReady(SampleCourseServer.START);
            awaitLog(again, "The sample course is already published");
            assertThat(SampleCourseServer.single(database, "SELECT COUNT(*) FROM authoring_course_version")).isEqualTo("1");
            assertThat(SampleCourseServer.single(database, "SELECT COUNT(*) FROM authoring_course")).isEqualTo("1");
        }
    }

    private static void awaitLog(RunningServer server, String line) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!server.output().contains(line)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + line + "' in the log:\n" + server.output());
            }
            Thread.sleep(500);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
