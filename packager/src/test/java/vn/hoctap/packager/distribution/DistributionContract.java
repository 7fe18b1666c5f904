package vn.hoctap.packager.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.authoring.access.Actor;
import vn.hoctap.authoring.block.Block;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.course.Course;
import vn.hoctap.authoring.course.CourseDetails;
import vn.hoctap.authoring.course.CourseDrafts;
import vn.hoctap.authoring.identity.Role;
import vn.hoctap.authoring.lesson.Lesson;
import vn.hoctap.authoring.lesson.LessonDetails;
import vn.hoctap.authoring.publishing.JdbcPublishedCourses;
import vn.hoctap.authoring.publishing.Publishing;
import vn.hoctap.authoring.quiz.Choice;
import vn.hoctap.authoring.quiz.Question;
import vn.hoctap.authoring.quiz.QuestionKind;
import vn.hoctap.authoring.review.ReviewDecision;
import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.MutableClock;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.store.StoreRepository;
import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.packager.launch.Cmi5Course;
import vn.hoctap.packager.launch.Cmi5Courses;
import vn.hoctap.packager.launch.Cmi5Repository;
import vn.hoctap.packager.launch.CourseStructureReader;
import vn.hoctap.packager.launch.PublishedVersionLaunches;
import vn.hoctap.testing.DatabaseEngine;

/**
 * Publishing through authoring, then packaging and the catalogue on a real database (H2 and PostgreSQL) and the
 * file-system object store: 8 packages with file manifests per version, the catalogue's filters, search, cursor
 * and withdrawals, and the size of the delta between two versions.
 */
abstract class DistributionContract {

    static final Actor LAN = Actor.of("lan", Role.AUTHOR);
    static final Actor SOKHA = Actor.of("sokha", Role.REVIEWER);
    static final int SLIDES = 20;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private Transactor transactor;
    private ObjectStore store;
    private CourseDrafts drafts;
    private Publishing publishing;
    private CatalogSync sync;
    private Cmi5Courses cmi5;
    private Catalog catalog;

    abstract DatabaseEngine engine();

    @BeforeEach
    void open() {
        DataSource dataSource = engine().freshDataSource();
        transactor = new LocalTransactor(dataSource);
        store = new FileSystemObjectStore(temp.resolve("objects"),
                new SignedUrlSigner(SignedUrlSigner.generateSecret(), clock), clock);
        drafts = new CourseDrafts(transactor, clock);
        publishing = new Publishing(transactor, clock);
        StoreAdministration stores = new StoreAdministration(transactor, new StoreRepository(), clock);
        stores.createStore("default");
        cmi5 = new Cmi5Courses(transactor, new Cmi5Repository(), new CourseStructureReader(Optional.empty()), store,
                stores, clock);
        sync = new CatalogSync(transactor, new JdbcPublishedCourses(transactor),
                new VersionPackaging(store, new PublishedCourseMapping(PublishedCourseMapping.DEFAULT_IRI_BASE)),
                new PublishedVersionLaunches(cmi5, "default"), clock);
        catalog = new Catalog(transactor);
    }

    @Test
    void a_published_version_is_packaged_in_eight_packages_with_file_manifests_and_offered_in_the_catalogue() {
        Fixture course = course("Kỹ năng số cơ bản", List.of("digital-skills"), List.of("vi", "km", "en"), -1);

        CatalogSync.Outcome outcome = sync.runOnce();

        assertThat(outcome.versionsPackaged()).isEqualTo(1);
        assertThat(outcome.entriesPublished()).isEqualTo(1);
        JsonNode card = json(catalog.card(course.id));
        assertThat(card.path("version").asInt()).isEqualTo(1);
        assertThat(card.path("courseIri").asText()).isEqualTo("https://hoctap.vn/courses/" + course.id);
        assertThat(card.at("/lessons/0/activityId").asText())
                .isEqualTo("https://hoctap.vn/courses/" + course.id + "/lessons/" + course.lessonId);
        assertThat(card.path("title").path("km").asText()).isEqualTo("ជំនាញឌីជីថល");
        assertThat(card.path("thumbnailUrl").asText()).startsWith("/api/app/files/");
        assertThat(card.path("lessons")).hasSize(2);
        assertThat(card.path("lessons").get(0).path("durationSeconds").asLong()).isEqualTo(SLIDES * 30 + 30);
        assertThat(card.path("lessons").get(1).path("durationSeconds").asLong()).isEqualTo(95);
        assertThat(card.path("packages")).hasSize(8);
        for (JsonNode p : card.path("packages")) {
            DistributionRepository.PackageRow row = catalog.packageOf(course.id, 1, p.path("format").asText(),
                    p.path("variant").asText());
            StoredObject zip = store.stat(row.objectKey()).orElseThrow();
            assertThat(p.path("size").asLong()).isEqualTo(zip.size());
            assertThat(p.path("sha256").asText()).isEqualTo(zip.sha256());
            assertThat(p.path("url").asText()).isEqualTo("/api/app/courses/" + course.id + "/versions/1/packages/"
                    + p.path("format").asText() + "/" + p.path("variant").asText());
            FileManifest manifest = manifest(row);
            assertThat(manifest.packageSha256()).isEqualTo(zip.sha256());
            for (FileManifest.FileEntry file : manifest.files()) {
                assertThat(store.stat(ContentAddressedFiles.key(file.sha256())).orElseThrow().size())
                        .isEqualTo(file.size());
            }
        }
        DistributionRepository.PackageRow low = catalog.packageOf(course.id, 1, "cmi5", "low");
        assertThat(manifest(low).files()).extracting(FileManifest.FileEntry::path)
                .anyMatch(p -> p.endsWith("video-low.mp4")).noneMatch(p -> p.endsWith("audio.m4a"))
                .noneMatch(p -> p.endsWith("video.mp4"))
                .contains("cmi5.xml", "index.html");
        assertThat(sync.runOnce()).isEqualTo(new CatalogSync.Outcome(0, 0, 0));
    }

    @Test
    void a_packaged_version_is_launchable_through_one_cmi5_course_made_of_its_full_cmi5_package() throws java.io.IOException {
        Fixture course = course("Kỹ năng số cơ bản", List.of("digital-skills"), List.of("vi", "km", "en"), -1);
        assertThat(cmi5.publishedVersion(course.id, 1)).as("before packaging").isEmpty();

        sync.runOnce();

        Cmi5Course launchable = cmi5.publishedVersion(course.id, 1).orElseThrow();
        assertThat(launchable.structure().publisherId()).isEqualTo("https://hoctap.vn/courses/" + course.id);
        assertThat(launchable.structure().aus()).hasSize(2);
        assertThat(launchable.structure().aus().get(0).publisherId())
                .isEqualTo("https://hoctap.vn/courses/" + course.id + "/lessons/" + course.lessonId);
        assertThat(launchable.structure().aus().get(0).url()).isEqualTo("index.html?lesson=" + course.lessonId);
        assertThat(cmi5.file(launchable.id(), "index.html").size()).isPositive();
        assertThat(launchable.importedBy()).isEqualTo(Cmi5Courses.PUBLISHING);

        Path full = temp.resolve("full-cmi5.zip");
        try (java.io.InputStream in = store.open(catalog.packageOf(course.id, 1, "cmi5", "full").objectKey())) {
            java.nio.file.Files.copy(in, full);
        }
        new PublishedVersionLaunches(cmi5, "default").register(course.id, 1, full); // a retried packaging
        sync.runOnce();
        assertThat(cmi5.courses()).extracting(Cmi5Course::id).as("one cmi5 course per version")
                .containsExactly(launchable.id());
    }

    @Test
    void a_version_that_cannot_be_made_launchable_is_retried_then_offered_to_the_app_all_the_same() {
        Fixture course = course("Kỹ năng số cơ bản", List.of("digital-skills"), List.of("vi"), -1);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        CatalogSync failingLaunches = new CatalogSync(transactor, new JdbcPublishedCourses(transactor),
                new VersionPackaging(store, new PublishedCourseMapping(PublishedCourseMapping.DEFAULT_IRI_BASE)),
                (courseId, version, key) -> {
                    calls.incrementAndGet();
                    throw new IllegalStateException("the LRS store is gone");
                }, clock);

        for (int attempt = 1; attempt < CatalogSync.MAX_ATTEMPTS; attempt++) {
            failingLaunches.runOnce();
            assertThatThrownBy(() -> catalog.card(course.id)).as("attempt " + attempt + " failed: not offered yet")
                    .isInstanceOf(DistributionNotFoundException.class);
        }
        CatalogSync.Outcome last = failingLaunches.runOnce();

        assertThat(calls.get()).isEqualTo(CatalogSync.MAX_ATTEMPTS);
        assertThat(last.entriesPublished()).isEqualTo(1);
        assertThat(json(catalog.card(course.id)).path("packages")).hasSize(8);
        assertThat(cmi5.publishedVersion(course.id, 1)).isEmpty();
    }

    @Test
    void a_version_that_changes_one_slide_costs_about_one_slide_of_changed_files() {
        Fixture course = course("Kỹ năng số cơ bản", List.of("digital-skills"), List.of("vi", "km", "en"), -1);
        sync.runOnce();
        changeSlide(course, 3);
        sync.runOnce();

        for (String variant : List.of("full", "low")) {
            DistributionRepository.PackageRow v1 = catalog.packageOf(course.id, 1, "cmi5", variant);
            DistributionRepository.PackageRow v2 = catalog.packageOf(course.id, 2, "cmi5", variant);
            List<FileManifest.FileEntry> delta = manifest(v2).changedSince(manifest(v1));
            long deltaBytes = delta.stream().mapToLong(FileManifest.FileEntry::size).sum();

            System.out.printf("delta %s cmi5 v1->v2 (one slide changed): %d files, %d bytes of %d (%.2f %%)%n", variant,
                    delta.size(), deltaBytes, v2.size(), 100.0 * deltaBytes / v2.size());
            assertThat(delta).extracting(FileManifest.FileEntry::path).anyMatch(p -> p.contains("slides/3-"))
                    .noneMatch(p -> p.contains("slides/4-")).noneMatch(p -> p.endsWith(".mp4"));
            assertThat((double) deltaBytes / v2.size()).as("delta of %s: %d of %d bytes", variant, deltaBytes, v2.size())
                    .isLessThan(0.05);
        }
        assertThat(json(catalog.card(course.id)).path("version").asInt()).isEqualTo(2);
    }

    @Test
    void a_withdrawn_course_leaves_the_catalogue_and_the_updated_since_feed_reports_it() {
        Fixture kept = course("Kỹ năng số cơ bản", List.of("digital-skills"), List.of("vi", "en"), -1);
        Fixture gone = course("An toàn giao thông", List.of("safety"), List.of("vi"), -1);
        sync.runOnce();
        OffsetDateTime before = OffsetDateTime.now(clock);
        clock.advance(Duration.ofMinutes(5));

        publishing.withdraw(LAN, gone.id, 1, "Nội dung lỗi thời");
        CatalogSync.Outcome outcome = sync.runOnce();

        assertThat(outcome.entriesWithdrawn()).isEqualTo(1);
        assertThat(ids(catalog.page(null, null, null, null, null, null))).containsExactly(kept.id);
        JsonNode feed = json(catalog.page(null, null, before.toString(), null, null, null).json());
        assertThat(feed.path("items")).hasSize(1);
        assertThat(feed.path("items").get(0).path("id").asText()).isEqualTo(gone.id.toString());
        assertThat(feed.path("items").get(0).path("state").asText()).isEqualTo("withdrawn");
        assertThat(catalog.page(null, null, OffsetDateTime.now(clock).toString(), null, null, null).cards()).isEmpty();
    }

    @Test
    void the_catalogue_filters_by_language_and_tag_searches_without_diacritics_and_pages_with_a_cursor() {
        Fixture a = course("Kỹ năng số cơ bản", List.of("digital-skills"), List.of("vi", "km"), 0);
        Fixture b = course("Điện thoại an toàn", List.of("digital-skills", "safety"), List.of("vi", "en"), 0);
        Fixture c = course("Trồng lúa", List.of("farming"), List.of("km"), 0);
        sync.runOnce();

        assertThat(ids(catalog.page("en", null, null, null, null, null))).containsExactly(b.id);
        assertThat(ids(catalog.page("km", null, null, null, null, null))).containsExactlyInAnyOrder(a.id, c.id);
        assertThat(ids(catalog.page(null, "safety", null, null, null, null))).containsExactly(b.id);
        assertThat(ids(catalog.page(null, null, null, "dien THOAI", null, null))).containsExactly(b.id);
        assertThat(ids(catalog.page(null, null, null, "ky nang", null, null))).containsExactly(a.id);

        Catalog.Page first = catalog.page(null, null, null, null, null, 2);
        Catalog.Page second = catalog.page(null, null, null, null, first.nextCursor().orElseThrow(), 2);
        assertThat(ids(first)).hasSize(2);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(second.nextCursor()).isEmpty();
        assertThatThrownBy(() -> catalog.page("fr", null, null, null, null, null))
                .isInstanceOf(InvalidCatalogRequestException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> catalog.page(null, null, null, null, "not-a-cursor", null))
                .isInstanceOf(InvalidCatalogRequestException.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> catalog.page(null, null, "yesterday", null, null, null))
                .isInstanceOf(InvalidCatalogRequestException.class).hasMessageContaining("updatedSince");
    }

    @Test
    void a_version_whose_media_is_missing_is_recorded_as_failed_and_tried_again_up_to_the_limit() {
        Fixture course = course("Kỹ năng số cơ bản", List.of("digital-skills"), List.of("vi"), -1);
        store.delete(course.videoKey);

        for (int i = 0; i < CatalogSync.MAX_ATTEMPTS + 2; i++) {
            assertThat(sync.runOnce().entriesPublished()).isZero();
        }

        DistributionRepository.Release release = transactor.inTransaction(
                c -> new DistributionRepository().release(c, course.id, 1)).orElseThrow();
        assertThat(release.status()).isEqualTo(DistributionRepository.ReleaseStatus.FAILED);
        assertThat(release.attempts()).isEqualTo(CatalogSync.MAX_ATTEMPTS);
        assertThat(release.failure()).get().asString().contains(course.videoKey);
        assertThat(catalog.page(null, null, null, null, null, null).cards()).isEmpty();
    }

    // --- fixture: a course of 20 slides and a quiz, and a video lesson, published through authoring ----------

    record Fixture(UUID id, UUID lessonId, UUID slidesBlockId, String videoKey) {
    }

    /** slideBytes: -1 for realistic image sizes, 0 for tiny ones (faster). */
    private Fixture course(String vi, List<String> tags, List<String> languages, int slideBytes) {
        CourseDetails details = new CourseDetails(LocalizedText.of("vi", vi, "km", "ជំនាញឌីជីថល", "en", "Course " + vi),
                LocalizedText.of("vi", "Mô tả"), List.of(), LocalizedText.of("vi", "Người lớn"), null, tags, languages);
        Course course = drafts.create(LAN, details);
        Lesson slides = drafts.addLesson(LAN, course.id(), new LessonDetails(LocalizedText.of("vi", "Bài 1"), null));
        UUID deck = deck(course.id(), -1, slideBytes);
        Block slidesBlock = drafts.addBlock(LAN, course.id(), slides.id(),
                new BlockContent.Slides(LocalizedText.of("vi", "Trang chiếu"), deck, "vi"));
        drafts.addBlock(LAN, course.id(), slides.id(), new BlockContent.Quiz(LocalizedText.of("vi", "Kiểm tra"),
                List.of(new Question(null, QuestionKind.SINGLE_CHOICE, LocalizedText.of("vi", "Tin nhắn nào là lừa đảo?"),
                        1, List.of(new Choice(null, LocalizedText.of("vi", "Trúng thưởng"), true, null),
                                new Choice(null, LocalizedText.of("vi", "Lịch họp"), false, null)), null, null)),
                new BigDecimal("0.8"), false));
        Lesson video = drafts.addLesson(LAN, course.id(), new LessonDetails(LocalizedText.of("vi", "Bài 2"), null));
        UUID videoAsset = UUID.randomUUID();
        String videoKey = "media/assets/" + videoAsset + "/video.mp4";
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("durationSeconds", 95.0);
        ArrayNode renditions = manifest.putArray("renditions");
        rendition(renditions, "MP4", videoKey, slideBytes == 0 ? 100 : 600_000);
        rendition(renditions, "MP4_LOW", "media/assets/" + videoAsset + "/video-low.mp4",
                slideBytes == 0 ? 100 : 250_000);
        rendition(renditions, "AUDIO", "media/assets/" + videoAsset + "/audio.m4a", slideBytes == 0 ? 100 : 150_000);
        rendition(renditions, "POSTER", "media/assets/" + videoAsset + "/poster.jpg", slideBytes == 0 ? 100 : 20_000);
        asset(videoAsset, MediaKind.VIDEO, manifest);
        drafts.addBlock(LAN, course.id(), video.id(), new BlockContent.Video(LocalizedText.of("vi", "Phim"), videoAsset,
                List.of()));
        publish(course.id());
        return new Fixture(course.id(), slides.id(), slidesBlock.id(), videoKey);
    }

    private void changeSlide(Fixture fixture, int changed) {
        UUID deck = deck(fixture.id, changed, -1);
        Block block = drafts.block(LAN, fixture.id, fixture.lessonId, fixture.slidesBlockId);
        drafts.updateBlock(LAN, fixture.id, fixture.lessonId, fixture.slidesBlockId, block.version(),
                new BlockContent.Slides(LocalizedText.of("vi", "Trang chiếu"), deck, "vi"));
        publish(fixture.id);
    }

    private void publish(UUID courseId) {
        publishing.submit(LAN, courseId);
        publishing.review(SOKHA, courseId, ReviewDecision.APPROVE, "Tốt");
        publishing.publish(LAN, courseId);
        clock.advance(Duration.ofSeconds(1));
    }

    /**
     * A rendered deck: its slide images are stored under the deck's keys; a slide's bytes depend only on its
     * index, except slide {@code changed} (−1: none), whose images are new.
     */
    private UUID deck(UUID courseId, int changed, int slideBytes) {
        UUID id = UUID.randomUUID();
        ObjectNode manifest = JSON.createObjectNode();
        ArrayNode slides = manifest.putArray("slides");
        for (int i = 1; i <= SLIDES; i++) {
            ObjectNode slide = slides.addObject();
            slide.put("index", i);
            slide.put("text", "Trang " + i);
            slide.put("notes", i == changed ? "Đã sửa" : "Ghi chú " + i);
            long seed = courseId.getMostSignificantBits() + i * 31L + (i == changed ? 7_777 : 0);
            slide.set("large", image(id, i, "1280", seed, slideBytes < 0 ? 60_000 : Math.max(slideBytes, 64)));
            slide.set("small", image(id, i, "640", seed + 1, slideBytes < 0 ? 15_000 : Math.max(slideBytes, 64)));
        }
        asset(id, MediaKind.SLIDES_PPTX, manifest);
        return id;
    }

    private ObjectNode image(UUID deck, int index, String width, long seed, int size) {
        String key = "media/assets/" + deck + "/slides/" + index + "-" + width + ".png";
        StoredObject stored = store.put(key, new ByteArrayInputStream(bytes(seed, size)), "image/png");
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        node.put("width", Integer.parseInt(width));
        node.put("height", Integer.parseInt(width) * 9 / 16);
        node.put("bytes", stored.size());
        node.put("sha256", stored.sha256());
        node.put("mediaType", "image/png");
        return node;
    }

    private void rendition(ArrayNode renditions, String kind, String key, int size) {
        StoredObject stored = store.put(key, new ByteArrayInputStream(bytes(key.hashCode(), size)), null);
        ObjectNode r = renditions.addObject();
        r.put("kind", kind);
        r.put("path", key.substring(key.lastIndexOf('/') + 1));
        r.put("key", key);
        r.put("bytes", stored.size());
        r.put("sha256", stored.sha256());
    }

    private void asset(UUID id, MediaKind kind, ObjectNode manifest) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        transactor.inTransaction(c -> {
            new AssetRepository().insert(c, new MediaAsset(id, id.toString().replace("-", "") + "0".repeat(32), 1234,
                    kind, "application/octet-stream", Optional.of("x"), "media/originals/" + id, AssetStatus.READY,
                    100, Optional.of(manifest.toString()), now, now));
            return null;
        });
    }

    private static byte[] bytes(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private FileManifest manifest(DistributionRepository.PackageRow row) {
        try (InputStream in = store.open(row.manifestKey())) {
            return FileManifest.fromJson(in.readAllBytes());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<UUID> ids(Catalog.Page page) {
        return page.cards().stream().map(c -> UUID.fromString(json(c).path("id").asText())).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
