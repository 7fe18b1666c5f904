package vn.hoctap.authoring.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.authoring.access.Actor;
import vn.hoctap.authoring.access.NotAllowedException;
import vn.hoctap.authoring.block.Block;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.error.AuthoringException;
import vn.hoctap.authoring.error.ConflictException;
import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.authoring.error.StaleWriteException;
import vn.hoctap.authoring.error.UnprocessableException;
import vn.hoctap.authoring.identity.Role;
import vn.hoctap.authoring.lesson.Lesson;
import vn.hoctap.authoring.lesson.LessonDetails;
import vn.hoctap.authoring.publishing.CourseDiff;
import vn.hoctap.authoring.publishing.JdbcPublishedCourses;
import vn.hoctap.authoring.publishing.PublishedCourse;
import vn.hoctap.authoring.publishing.PublishedCourses;
import vn.hoctap.authoring.publishing.Publishing;
import vn.hoctap.authoring.publishing.VersionSummary;
import vn.hoctap.authoring.quiz.Choice;
import vn.hoctap.authoring.quiz.Question;
import vn.hoctap.authoring.quiz.QuestionKind;
import vn.hoctap.authoring.review.ReviewDecision;
import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.testing.DatabaseEngine;

/** Course drafts, review, publishing and search on a real database: H2 and PostgreSQL. */
abstract class CourseDraftsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    static final Actor LAN = Actor.of("lan", Role.AUTHOR);
    static final Actor MINH = Actor.of("minh", Role.AUTHOR);
    static final Actor SOKHA = Actor.of("sokha", Role.REVIEWER);
    static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

    private Transactor transactor;
    private CourseDrafts drafts;
    private Publishing publishing;
    private PublishedCourses published;

    abstract DatabaseEngine engine();

    @BeforeEach
    void openDatabase() {
        DataSource dataSource = engine().freshDataSource();
        transactor = new LocalTransactor(dataSource);
        drafts = new CourseDrafts(transactor, CLOCK);
        publishing = new Publishing(transactor, CLOCK);
        published = new JdbcPublishedCourses(transactor);
    }

    static CourseDetails details(String vi, String km, String en) {
        return new CourseDetails(LocalizedText.of("vi", vi, "km", km, "en", en), LocalizedText.of("vi", "Mô tả"),
                List.of(LocalizedText.of("vi", "điện thoại", "en", "smartphone")), LocalizedText.of("vi", "Người lớn"),
                null, List.of("digital-skills"), List.of("vi", "km", "en"));
    }

    static LessonDetails lesson(String vi) {
        return new LessonDetails(LocalizedText.of("vi", vi), null);
    }

    static BlockContent.RichText text(String html) {
        return new BlockContent.RichText(null, LocalizedText.of("vi", html));
    }

    static BlockContent.Quiz quiz(boolean withCorrectAnswer) {
        return new BlockContent.Quiz(LocalizedText.of("vi", "Kiểm tra"), List.of(new Question(null,
                QuestionKind.SINGLE_CHOICE, LocalizedText.of("vi", "Tin nhắn nào là lừa đảo?"), 2, List.of(
                        new Choice(null, LocalizedText.of("vi", "Trúng thưởng, bấm link"), withCorrectAnswer,
                                LocalizedText.of("vi", "Đúng: đây là lừa đảo")),
                        new Choice(null, LocalizedText.of("vi", "Lịch họp của xã"), false, null)), null, null)),
                new BigDecimal("0.8"), true);
    }

    private UUID asset(MediaKind kind, AssetStatus status, String manifest) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        transactor.inTransaction(c -> {
            new AssetRepository().insert(c, new MediaAsset(id, id.toString().replace("-", "") + "0".repeat(32), 1234,
                    kind, "application/octet-stream", Optional.of("x"), "media/originals/" + id, status,
                    status == AssetStatus.READY ? 100 : 40, Optional.ofNullable(manifest), now, now));
            return null;
        });
        return id;
    }

    private void approve(UUID courseId) {
        publishing.submit(LAN, courseId);
        publishing.review(SOKHA, courseId, ReviewDecision.APPROVE, "Tốt");
    }

    @Test
    void an_author_builds_a_course_of_ordered_lessons_and_blocks_and_reads_it_back() {
        Course course = drafts.create(LAN, details("Kỹ năng số cơ bản", "ជំនាញឌីជីថល", "Basic digital skills"));
        Lesson first = drafts.addLesson(LAN, course.id(), lesson("Dùng điện thoại an toàn"));
        Lesson second = drafts.addLesson(LAN, course.id(), lesson("Nhận biết tin nhắn lừa đảo"));
        Block html = drafts.addBlock(LAN, course.id(), first.id(), text("<p onclick=\"x()\">Xin chào<script>alert(1)</script></p>"));
        Block test = drafts.addBlock(LAN, course.id(), first.id(), quiz(true));

        CourseDrafts.Outline outline = drafts.outline(LAN, course.id());
        CourseDrafts.LessonWithBlocks read = drafts.lesson(LAN, course.id(), first.id());

        assertThat(outline.course().owner()).isEqualTo("lan");
        assertThat(outline.course().details().title().in("km")).contains("ជំនាញឌីជីថល");
        assertThat(outline.lessons()).extracting(s -> s.lesson().id()).containsExactly(first.id(), second.id());
        assertThat(outline.lessons()).extracting(CourseDrafts.LessonSummary::blockCount).containsExactly(2, 0);
        assertThat(read.blocks()).extracting(Block::id).containsExactly(html.id(), test.id());
        assertThat(((BlockContent.RichText) read.blocks().get(0).content()).html().in("vi")).contains("<p>Xin chào</p>");
        BlockContent.Quiz storedQuiz = (BlockContent.Quiz) read.blocks().get(1).content();
        assertThat(storedQuiz.questions().get(0).id()).isEqualTo("q1");
        assertThat(storedQuiz.questions().get(0).choices()).extracting(Choice::id).containsExactly("a", "b");
    }

    @Test
    void of_two_authors_editing_the_same_lesson_the_stale_write_is_refused_and_nothing_is_overwritten() {
        Course course = drafts.create(LAN, details("Khoá học", "", ""));
        Lesson lesson = drafts.addLesson(LAN, course.id(), lesson("Bài 1"));
        Block block = drafts.addBlock(LAN, course.id(), lesson.id(), text("<p>một</p>"));
        Lesson read = drafts.lesson(LAN, course.id(), lesson.id()).lesson();

        Lesson renamed = drafts.updateLesson(LAN, course.id(), lesson.id(), read.version(), lesson("Bài một"));
        Block edited = drafts.updateBlock(ADMIN, course.id(), lesson.id(), block.id(), block.version(), text("<p>hai</p>"));

        assertThatThrownBy(() -> drafts.updateLesson(ADMIN, course.id(), lesson.id(), read.version(), lesson("Bài 1!")))
                .isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> drafts.updateBlock(LAN, course.id(), lesson.id(), block.id(), block.version(), text("<p>ba</p>")))
                .isInstanceOf(StaleWriteException.class);
        assertThatThrownBy(() -> drafts.deleteBlock(LAN, course.id(), lesson.id(), block.id(), block.version()))
                .isInstanceOf(StaleWriteException.class);
        assertThat(drafts.lesson(LAN, course.id(), lesson.id()).lesson().details().title().in("vi")).contains("Bài một");
        assertThat(((BlockContent.RichText) drafts.block(LAN, course.id(), lesson.id(), block.id()).content()).html().in("vi"))
                .contains("<p>hai</p>");
        assertThat(renamed.version()).isEqualTo(read.version() + 1);
        assertThat(edited.version()).isEqualTo(block.version() + 1);
    }

    @Test
    void lessons_and_blocks_are_reordered_only_with_a_complete_list_and_the_current_version() {
        Course course = drafts.create(LAN, details("Khoá học", "", ""));
        Lesson a = drafts.addLesson(LAN, course.id(), lesson("A"));
        Lesson b = drafts.addLesson(LAN, course.id(), lesson("B"));
        Block one = drafts.addBlock(LAN, course.id(), a.id(), text("1"));
        Block two = drafts.addBlock(LAN, course.id(), a.id(), text("2"));
        long courseVersion = drafts.course(LAN, course.id()).version();

        CourseDrafts.Outline outline = drafts.reorderLessons(LAN, course.id(), courseVersion, List.of(b.id(), a.id()));
        long lessonVersion = drafts.lesson(LAN, course.id(), a.id()).lesson().version();
        CourseDrafts.LessonWithBlocks reordered = drafts.reorderBlocks(LAN, course.id(), a.id(), lessonVersion,
                List.of(two.id(), one.id()));

        assertThat(outline.lessons()).extracting(s -> s.lesson().id()).containsExactly(b.id(), a.id());
        assertThat(reordered.blocks()).extracting(Block::id).containsExactly(two.id(), one.id());
        assertThatThrownBy(() -> drafts.reorderLessons(LAN, course.id(), outline.course().version(), List.of(a.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.toApiError().path()).isEqualTo("lessonIds"));
        assertThatThrownBy(() -> drafts.reorderLessons(LAN, course.id(), courseVersion, List.of(a.id(), b.id())))
                .isInstanceOf(StaleWriteException.class);
    }

    @Test
    void only_the_owner_and_administrators_change_a_draft_and_authors_do_not_see_each_others_courses() {
        Course course = drafts.create(LAN, details("Khoá của Lan", "", ""));
        drafts.create(MINH, details("Khoá của Minh", "", ""));

        assertThatThrownBy(() -> drafts.addLesson(MINH, course.id(), lesson("x"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> drafts.course(MINH, course.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> drafts.addLesson(SOKHA, course.id(), lesson("x"))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> drafts.create(SOKHA, details("x", "", ""))).isInstanceOf(NotAllowedException.class);
        assertThat(drafts.course(SOKHA, course.id()).id()).isEqualTo(course.id());
        assertThat(drafts.addLesson(ADMIN, course.id(), lesson("Bài của admin")).courseId()).isEqualTo(course.id());
        assertThat(drafts.find(MINH, "", 50)).extracting(Course::owner).containsOnly("minh");
        assertThat(drafts.find(SOKHA, "", 50)).extracting(Course::owner).containsExactlyInAnyOrder("lan", "minh");
    }

    @Test
    void search_ignores_vietnamese_diacritics_and_finds_khmer_keywords_and_slide_text() {
        UUID deck = asset(MediaKind.SLIDES_PPTX, AssetStatus.READY, "{\"slides\":[{\"index\":1,\"text\":\"Mật khẩu mạnh\","
                + "\"notes\":\"Đừng chia sẻ mã OTP\"}]}");
        Course digital = drafts.create(LAN, details("Kỹ năng số cơ bản", "ជំនាញឌីជីថលមូលដ្ឋាន", "Basic digital skills"));
        Course other = drafts.create(LAN, details("Trồng lúa", "ដាំស្រូវ", "Growing rice"));
        Lesson lesson = drafts.addLesson(LAN, other.id(), lesson("Bài 1"));
        drafts.addBlock(LAN, other.id(), lesson.id(), new BlockContent.Slides(null, deck, "vi"));

        assertThat(drafts.find(SOKHA, "ky nang so", 10)).extracting(Course::id).containsExactly(digital.id());
        assertThat(drafts.find(SOKHA, "KỸ NĂNG", 10)).extracting(Course::id).containsExactly(digital.id());
        assertThat(drafts.find(SOKHA, "dien thoai", 10)).extracting(Course::id).contains(digital.id());
        assertThat(drafts.find(SOKHA, "ឌីជីថល", 10)).extracting(Course::id).containsExactly(digital.id());
        assertThat(drafts.find(SOKHA, "mat khau", 10)).extracting(Course::id).containsExactly(other.id());
        assertThat(drafts.find(SOKHA, "ma otp", 10)).extracting(Course::id).containsExactly(other.id());
        assertThat(drafts.find(SOKHA, "ky nang lua", 10)).isEmpty();
        assertThat(drafts.find(SOKHA, "50%_", 10)).isEmpty();
    }

    @Test
    void invalid_input_is_reported_with_field_paths_and_unusable_assets_are_refused() {
        Course course = drafts.create(LAN, details("Khoá học", "", ""));
        Lesson lesson = drafts.addLesson(LAN, course.id(), lesson("Bài"));
        UUID video = asset(MediaKind.VIDEO, AssetStatus.PROCESSING, null);

        assertThatThrownBy(() -> drafts.addBlock(LAN, course.id(), lesson.id(), quiz(false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.toApiError().path()).isEqualTo("questions[0].choices");
                    assertThat(e.getMessage()).contains("no correct answer");
                });
        assertThatThrownBy(() -> drafts.create(LAN, new CourseDetails(LocalizedText.of("fr", "Bonjour"), null, null,
                null, null, List.of("Bad Tag"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.toApiError().violations())
                        .extracting(v -> v.path()).containsExactly("title.fr", "title", "tags[0]"));
        assertThatThrownBy(() -> drafts.addBlock(LAN, course.id(), lesson.id(), new BlockContent.Video(null, UUID.randomUUID(), null)))
                .isInstanceOfSatisfying(UnprocessableException.class, e -> {
                    assertThat(e.toApiError().code()).isEqualTo("asset_missing");
                    assertThat(e.toApiError().path()).isEqualTo("assetId");
                });
        assertThatThrownBy(() -> drafts.addBlock(LAN, course.id(), lesson.id(), new BlockContent.Slides(null, video, null)))
                .isInstanceOfSatisfying(UnprocessableException.class,
                        e -> assertThat(e.toApiError().code()).isEqualTo("asset_wrong_kind"));
        Block processing = drafts.addBlock(LAN, course.id(), lesson.id(), new BlockContent.Video(null, video, null));
        assertThat(drafts.lesson(LAN, course.id(), lesson.id()).blocks())
                .as("a video still being processed is accepted and stored, and nothing refused was")
                .extracting(Block::id, b -> ((BlockContent.Video) b.content()).assetId())
                .containsExactly(tuple(processing.id(), video));
    }

    @Test
    void only_an_approved_unchanged_draft_is_published_and_reviewers_do_not_review_their_own_course() {
        Actor authorReviewer = new Actor("hoa", java.util.EnumSet.of(Role.AUTHOR, Role.REVIEWER));
        Course own = drafts.create(authorReviewer, details("Khoá của Hoa", "", ""));
        publishing.submit(authorReviewer, own.id());
        assertThatThrownBy(() -> publishing.review(authorReviewer, own.id(), ReviewDecision.APPROVE, ""))
                .isInstanceOf(NotAllowedException.class);

        Course course = drafts.create(LAN, details("Khoá học", "", ""));
        Lesson lesson = drafts.addLesson(LAN, course.id(), lesson("Bài"));
        drafts.addBlock(LAN, course.id(), lesson.id(), text("<p>Nội dung</p>"));
        assertThatThrownBy(() -> publishing.publish(LAN, course.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.toApiError().code()).isEqualTo("not_approved"));
        assertThatThrownBy(() -> publishing.review(SOKHA, course.id(), ReviewDecision.APPROVE, ""))
                .isInstanceOf(ConflictException.class);

        publishing.submit(LAN, course.id());
        publishing.review(SOKHA, course.id(), ReviewDecision.REQUEST_CHANGES, "Thêm câu hỏi");
        assertThatThrownBy(() -> publishing.publish(LAN, course.id())).isInstanceOf(ConflictException.class);
        approve(course.id());
        drafts.addLesson(LAN, course.id(), lesson("Bài thêm sau khi duyệt"));
        assertThatThrownBy(() -> publishing.publish(LAN, course.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> publishing.publish(MINH, course.id())).isInstanceOf(NotAllowedException.class);
        assertThat(publishing.reviews(LAN, course.id())).extracting(r -> r.decision())
                .containsExactly(ReviewDecision.REQUEST_CHANGES, ReviewDecision.APPROVE);
    }

    @Test
    void publishing_refuses_an_empty_lesson_with_422_and_an_asset_still_transcoding_with_409() {
        UUID video = asset(MediaKind.VIDEO, AssetStatus.PROCESSING, null);
        Course course = drafts.create(LAN, details("Khoá học", "", ""));
        Lesson first = drafts.addLesson(LAN, course.id(), lesson("Bài"));
        drafts.addBlock(LAN, course.id(), first.id(), new BlockContent.Video(null, video, null));
        Lesson empty = drafts.addLesson(LAN, course.id(), lesson("Bài trống"));
        approve(course.id());

        assertThatThrownBy(() -> publishing.publish(LAN, course.id()))
                .isInstanceOfSatisfying(UnprocessableException.class, e -> {
                    assertThat(e.toApiError().status()).isEqualTo(422);
                    assertThat(e.toApiError().code()).isEqualTo("empty_lesson");
                    assertThat(e.toApiError().violations()).extracting(v -> v.path())
                            .containsExactly("lessons[0].blocks[0].assetId", "lessons[1].blocks");
                });

        drafts.deleteLesson(LAN, course.id(), empty.id(), null);
        approve(course.id());
        assertThatThrownBy(() -> publishing.publish(LAN, course.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.toApiError().status()).isEqualTo(409);
                    assertThat(e.toApiError().code()).isEqualTo("asset_not_ready");
                });
        assertThat(publishing.preview(LAN, course.id()).problems()).extracting(v -> v.path())
                .containsExactly("lessons[0].blocks[0].assetId");
    }

    @Test
    void a_published_version_is_frozen_with_its_slides_and_renditions_and_can_be_withdrawn() {
        UUID deck = asset(MediaKind.SLIDES_PPTX, AssetStatus.READY, "{\"slides\":[{\"index\":1,\"text\":\"Mật khẩu\","
                + "\"notes\":\"Ghi chú\",\"large\":{\"key\":\"media/assets/d/slides/1-1280.png\",\"width\":1280,"
                + "\"height\":720,\"bytes\":10,\"sha256\":\"aa\",\"mediaType\":\"image/png\"}}]}");
        UUID video = asset(MediaKind.VIDEO, AssetStatus.READY, "{\"durationSeconds\":12.5,\"renditions\":[{\"kind\":"
                + "\"MP4\",\"path\":\"video-360p.mp4\",\"key\":\"media/assets/v/video-360p.mp4\",\"width\":640,"
                + "\"height\":360,\"bytes\":99,\"sha256\":\"bb\",\"mediaType\":\"video/mp4\"}]}");
        Course course = drafts.create(LAN, details("Kỹ năng số", "", ""));
        Lesson lesson = drafts.addLesson(LAN, course.id(), lesson("Bài 1"));
        Block slides = drafts.addBlock(LAN, course.id(), lesson.id(), new BlockContent.Slides(null, deck, null));
        drafts.addBlock(LAN, course.id(), lesson.id(), new BlockContent.Video(LocalizedText.of("vi", "Phim"), video, null));
        drafts.addBlock(LAN, course.id(), lesson.id(), quiz(true));
        approve(course.id());

        VersionSummary first = publishing.publish(LAN, course.id());
        Block changed = drafts.updateBlock(LAN, course.id(), lesson.id(), slides.id(), null, text("<p>thay</p>"));
        drafts.addLesson(LAN, course.id(), lesson("Bài 2"));
        CourseDiff diff = publishing.diff(SOKHA, course.id());
        PublishedCourse v1 = published.version(course.id(), 1).orElseThrow();

        assertThat(first.number()).isEqualTo(1);
        assertThat(v1.lessons().get(0).blocks()).hasSize(3);
        PublishedCourse.Slides pinned = (PublishedCourse.Slides) v1.lessons().get(0).blocks().get(0);
        assertThat(pinned.id()).isEqualTo(slides.id());
        assertThat(pinned.slides().get(0).text()).isEqualTo("Mật khẩu");
        assertThat(pinned.slides().get(0).large().key()).isEqualTo("media/assets/d/slides/1-1280.png");
        assertThat(pinned.asset().assetId()).isEqualTo(deck);
        PublishedCourse.Video pinnedVideo = (PublishedCourse.Video) v1.lessons().get(0).blocks().get(1);
        assertThat(pinnedVideo.durationSeconds()).isEqualTo(12.5);
        assertThat(pinnedVideo.renditions()).extracting(PublishedCourse.Rendition::sha256).containsExactly("bb");
        assertThat(publishing.version(SOKHA, course.id(), 1)).isEqualTo(v1);

        assertThat(diff.comparedWith()).isEqualTo(1);
        assertThat(diff.changed()).isTrue();
        assertThat(diff.lessons()).extracting(CourseDiff.LessonChange::change)
                .containsExactly(CourseDiff.Change.MODIFIED, CourseDiff.Change.ADDED);
        assertThat(diff.lessons().get(0).blocks()).extracting(CourseDiff.BlockChange::id, CourseDiff.BlockChange::change)
                .containsExactly(tuple(changed.id(), CourseDiff.Change.MODIFIED));

        drafts.deleteLesson(LAN, course.id(), diff.lessons().get(1).id(), null);
        approve(course.id());
        publishing.publish(LAN, course.id());
        VersionSummary withdrawn = publishing.withdraw(LAN, course.id(), 2, "Sai nội dung");

        assertThat(withdrawn.withdrawal()).map(VersionSummary.Withdrawal::reason).contains("Sai nội dung");
        assertThat(published.latest(course.id())).map(PublishedCourse::number).contains(1);
        assertThat(published.history(course.id())).extracting(VersionSummary::number).containsExactly(2, 1);
        assertThat(published.catalogue()).extracting(VersionSummary::number).containsExactly(1);
        assertThat(published.version(course.id(), 1)).contains(v1);
        assertThatThrownBy(() -> publishing.withdraw(LAN, course.id(), 2, "lại")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> publishing.withdraw(SOKHA, course.id(), 1, "x")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> drafts.delete(LAN, course.id(), null))
                .isInstanceOfSatisfying(AuthoringException.class, e -> assertThat(e.toApiError().code()).isEqualTo("course_published"));
    }
}
