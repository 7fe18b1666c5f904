package vn.hoctap.packager.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.hoctap.authoring.publishing.PublishedCourse;
import vn.hoctap.authoring.quiz.Choice;
import vn.hoctap.authoring.quiz.Question;
import vn.hoctap.authoring.quiz.QuestionKind;
import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.CourseContentValidator;

class PublishedCourseMappingTest {

    private static final UUID COURSE = UUID.fromString("7f3c0000-0000-4000-8000-000000000001");
    private static final UUID LESSON = UUID.fromString("7f3c0000-0000-4000-8000-000000000002");
    private static final UUID SLIDES = UUID.fromString("7f3c0000-0000-4000-8000-000000000003");
    private static final UUID VIDEO = UUID.fromString("7f3c0000-0000-4000-8000-000000000004");
    private static final UUID QUIZ = UUID.fromString("7f3c0000-0000-4000-8000-000000000005");

    private final PublishedCourseMapping mapping = new PublishedCourseMapping("https://hoctap.vn/courses");

    static PublishedCourse version(int number) {
        return version(number, true);
    }

    /** Version {@code number}; without {@code MP4_LOW} as for a video transcoded before the pipeline wrote it. */
    private static PublishedCourse version(int number, boolean lowestRungMp4) {
        PublishedCourse.Slides slides = new PublishedCourse.Slides(SLIDES, LocalizedText.of("vi", "Trang chiếu"), "vi",
                null, List.of(new PublishedCourse.Slide(1, "Xin chào", "Ghi chú",
                        new PublishedCourse.File("media/assets/d/slides/1-1280.png", 1280, 720, 10, "a", "image/png"),
                        new PublishedCourse.File("media/assets/d/slides/1-640.png", 640, 360, 5, "b", "image/png"))));
        PublishedCourse.Video video = new PublishedCourse.Video(VIDEO, LocalizedText.of("vi", "Phim"), null, 95.0,
                Stream.of(rendition("HLS_MASTER", "hls/master.m3u8"), rendition("MP4", "video.mp4"),
                        rendition("MP4_LOW", "video-low.mp4"), rendition("AUDIO", "audio.m4a"),
                        rendition("POSTER", "poster.jpg"), rendition("HLS_SEGMENT", "hls/234p/seg_00001.m4s"))
                        .filter(r -> lowestRungMp4 || !r.kind().equals("MP4_LOW")).toList(), List.of());
        PublishedCourse.Quiz quiz = new PublishedCourse.Quiz(QUIZ, LocalizedText.of("vi", "Kiểm tra"), List.of(
                new Question("q1", QuestionKind.TRUE_FALSE, LocalizedText.of("vi", "Đúng không?"), 2, List.of(
                        new Choice("c1", LocalizedText.of("vi", "Đúng"), true, null),
                        new Choice("c2", LocalizedText.of("vi", "Sai"), false, null)), null, null)),
                new BigDecimal("0.75"), false);
        return new PublishedCourse(COURSE, number, "2026-12-01T08:00:00Z", "lan", 3, List.of("vi", "en"),
                LocalizedText.of("vi", "Kỹ năng số", "en", "Digital skills", "fr", "Compétences"),
                LocalizedText.of("vi", "Mô tả"), List.of(), null, List.of("digital-skills"), null,
                List.of(new PublishedCourse.Lesson(LESSON, LocalizedText.of("vi", "Bài 1"), null,
                        List.of(slides, video, quiz))));
    }

    private static PublishedCourse.Rendition rendition(String kind, String path) {
        return new PublishedCourse.Rendition(kind, path, "media/assets/v/" + path, null, null, null, null, null, 10,
                "c", "application/octet-stream", null);
    }

    @Test
    void a_published_version_maps_to_valid_content_with_ids_and_iri_stable_across_versions() {
        CourseContent one = mapping.toContent(version(1));
        CourseContent two = mapping.toContent(version(2));

        CourseContentValidator.validate(one);
        assertThat(one.courseIri()).isEqualTo("https://hoctap.vn/courses/" + COURSE).isEqualTo(two.courseIri());
        assertThat(two.version()).isEqualTo(2);
        assertThat(one.languages()).containsExactly("vi", "en");
        assertThat(one.title().values()).containsOnlyKeys("en", "vi");
        assertThat(one.lessons().get(0).id()).isEqualTo(LESSON.toString()).isEqualTo(two.lessons().get(0).id());
        assertThat(one.lessons().get(0).blocks()).extracting(Block::id)
                .containsExactly(SLIDES.toString(), VIDEO.toString(), QUIZ.toString());
    }

    @Test
    void slides_take_the_renderers_images_text_and_notes_in_the_decks_language() {
        Block.SlidesBlock slides = (Block.SlidesBlock) mapping.toContent(version(1)).lessons().get(0).blocks().get(0);
        assertThat(slides.language()).isEqualTo("vi");
        Block.Slide slide = slides.slides().get(0);
        assertThat(slide.largeImage()).isEqualTo("media/assets/d/slides/1-1280.png");
        assertThat(slide.smallImage()).isEqualTo("media/assets/d/slides/1-640.png");
        assertThat(slide.text().in("vi")).contains("Xin chào");
        assertThat(slide.notes().in("vi")).contains("Ghi chú");
        assertThat(slide.narration()).isNull();
    }

    @Test
    void videos_take_the_360p_mp4_lowest_rung_mp4_audio_only_poster_and_hls_master() {
        CourseContent content = mapping.toContent(version(1));
        Block.VideoBlock video = (Block.VideoBlock) content.lessons().get(0).blocks().get(1);
        assertThat(video.mp4()).isEqualTo("media/assets/v/video.mp4");
        assertThat(video.audioOnly()).isEqualTo("media/assets/v/audio.m4a");
        assertThat(video.poster()).isEqualTo("media/assets/v/poster.jpg");
        assertThat(video.hlsMaster()).isEqualTo("media/assets/v/hls/master.m3u8");
        assertThat(video.lowestRungMp4()).isEqualTo("media/assets/v/video-low.mp4");
    }

    @Test
    void a_video_transcoded_before_the_pipeline_wrote_a_lowest_rung_mp4_has_none() {
        PublishedCourse older = version(1, false);

        Block.VideoBlock mapped = (Block.VideoBlock) mapping.toContent(older).lessons().get(0).blocks().get(1);

        assertThat(mapped.lowestRungMp4()).isNull();
        assertThat(mapped.audioOnly()).isEqualTo("media/assets/v/audio.m4a");
    }

    @Test
    void a_true_false_questions_choices_become_true_and_false_in_authorings_order() {
        Block.QuizBlock quiz = (Block.QuizBlock) mapping.toContent(version(1)).lessons().get(0).blocks().get(2);
        assertThat(quiz.questions().get(0).kind()).isEqualTo(Block.QuestionKind.TRUE_FALSE);
        assertThat(quiz.questions().get(0).choices()).extracting(Block.Choice::id).containsExactly("true", "false");
        assertThat(quiz.questions().get(0).choices().get(0).correct()).isTrue();
        assertThat(quiz.masteryScore()).isEqualByComparingTo("0.75");
    }
}
