package vn.hoctap.packager.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.media.video.TranscodeResult;
import vn.hoctap.packager.SampleCourse;
import vn.hoctap.packager.TestMedia;
import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.DirectoryPackageFiles;
import vn.hoctap.packager.content.LessonContent;
import vn.hoctap.packager.content.LocalizedText;

/**
 * The low-bandwidth budget with real media: 10 minutes of narrated slides (made by FFmpeg at the audio-only
 * rendition's 48 kb/s mono AAC) and a minute of video as the media pipeline's own {@code HlsTranscoder} renders a
 * noisy, moving 640x360 source (the worst case for the encoder's rate control): the low package carries the
 * pipeline's lowest-rung MP4 ({@code video-low.mp4}, 416x234 at 15 fps, 120 kb/s H.264 + 40 kb/s mono AAC), and the
 * budget is per 10 minutes, so the minute is held to 1.5 MB.
 */
class LowBandwidthPackageTest {

    @TempDir
    static Path media;
    private static CourseContent course;
    private static double videoSeconds;

    @BeforeAll
    static void writeMedia() {
        List<Block.Slide> slides = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            SampleCourse.png(media.resolve("deck/" + i + "-large.png"), 1280, 720, "Slide " + i);
            SampleCourse.png(media.resolve("deck/" + i + "-small.png"), 480, 270, "Slide " + i);
            TestMedia.audio(media.resolve("deck/" + i + ".m4a"), 48, 60);
            slides.add(new Block.Slide("deck/" + i + "-large.png", "deck/" + i + "-small.png",
                    LocalizedText.of("vi", "Trang " + i), LocalizedText.of("vi", "Ghi chú " + i),
                    new Block.Audio("deck/" + i + ".m4a", 60)));
        }
        TranscodeResult video = TestMedia.pipelineRenditions(media.resolve("video"), "640x360", 40, 60);
        videoSeconds = video.source().duration().toMillis() / 1000.0;
        SampleCourse.writeFile(media, "video/vi.vtt", "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nXin chào\n");
        LessonContent narrated = new LessonContent("slides", LocalizedText.of("vi", "Trình chiếu 10 phút"), null,
                List.of(new Block.SlidesBlock("deck", null, null, slides)));
        LessonContent clip = new LessonContent("video", LocalizedText.of("vi", "Video 1 phút"), null,
                List.of(new Block.VideoBlock("clip", null, videoSeconds, "video/hls/master.m3u8", "video/video.mp4",
                                "video/video-low.mp4", "video/audio.m4a", "video/poster.jpg",
                                List.of(new Block.Captions("vi", "video/vi.vtt"))),
                        new Block.QuizBlock("quiz", null, List.of(new Block.Question("q", Block.QuestionKind.TRUE_FALSE,
                                LocalizedText.of("vi", "Đúng không?"),
                                List.of(new Block.Choice("true", LocalizedText.of("vi", "Đúng"), true, null),
                                        new Block.Choice("false", LocalizedText.of("vi", "Sai"), false, null)),
                                1, null, null)), new BigDecimal("1"), false)));
        course = new CourseContent("https://hoctap.vn/courses/low", 1, LocalizedText.of("vi", "Ít dữ liệu"), null,
                List.of("vi"), List.of(narrated, clip));
    }

    private BuiltPackage build(PackageVariant variant, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip)) {
            return new PackageBuilder(new DirectoryPackageFiles(media)).write(course, PackageFormat.CMI5, variant, out);
        }
    }

    @Test
    void ten_minutes_of_narrated_slides_and_the_lowest_video_rung_stay_within_the_budget(@TempDir Path out)
            throws IOException {
        BuiltPackage low = build(PackageVariant.LOW_BANDWIDTH, out.resolve("low.zip"));
        var slides = low.sizeCheck().lessons().get(0);
        var video = low.sizeCheck().lessons().get(1);
        System.out.printf("low-bandwidth: slides lesson %d bytes for %.0f s of narration (budget %d); video lesson"
                        + " %d bytes for %.0f s of video (budget %d); package %d bytes%n", slides.mediaBytes(),
                slides.slideSeconds(), slides.budgetBytes(), video.mediaBytes(), video.videoSeconds(),
                video.budgetBytes(), low.size());
        assertThat(slides.budgetBytes()).isEqualTo(5_000_000L);
        assertThat(video.budgetBytes()).isEqualTo(LowBandwidthBudget.budget(videoSeconds, 0))
                .isBetween(1_490_000L, 1_510_000L);
        assertThat(low.sizeCheck().overBudget()).isEmpty();
        assertThat(low.sizeCheck().withinBudget()).isTrue();
        assertThat(Files.size(out.resolve("low.zip"))).isEqualTo(low.size());
        // the whole package (player, manifest, both lessons) is within the sum of the lessons' budgets
        assertThat(low.size()).isLessThan(slides.budgetBytes() + video.budgetBytes());
    }

    @Test
    void the_low_package_plays_the_pipelines_lowest_rung_mp4_not_the_audio_only_file(@TempDir Path out)
            throws IOException {
        BuiltPackage low = build(PackageVariant.LOW_BANDWIDTH, out.resolve("low.zip"));

        assertThat(low.entries()).contains("media/video/video-low.mp4", "media/video/poster.jpg")
                .doesNotContain("media/video/audio.m4a", "media/video/video.mp4", "media/video/hls/master.m3u8");
        var entries = PackageBuilderTest.unzip(Files.readAllBytes(out.resolve("low.zip")));
        assertThat(entries.get("media/video/video-low.mp4"))
                .isEqualTo(Files.readAllBytes(media.resolve("video/video-low.mp4")));
        assertThat(new String(entries.get("player/course-data.js"), StandardCharsets.UTF_8))
                .contains("\"src\":\"media/video/video-low.mp4\",\"mimeType\":\"video/mp4\"");
    }

    @Test
    void the_full_package_with_the_360p_video_is_over_the_low_bandwidth_budget(@TempDir Path out) throws IOException {
        BuiltPackage full = build(PackageVariant.FULL, out.resolve("full.zip"));
        assertThat(full.sizeCheck().withinBudget()).isFalse();
        assertThat(full.sizeCheck().overBudget()).extracting(LowBandwidthBudget.LessonSize::lessonId)
                .contains("video");
        assertThat(full.entries()).contains("media/video/video.mp4", "media/deck/1-large.png")
                .doesNotContain("media/video/video-low.mp4");
    }
}
