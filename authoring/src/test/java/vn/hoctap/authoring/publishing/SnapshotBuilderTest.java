package vn.hoctap.authoring.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.course.CourseDetails;
import vn.hoctap.authoring.course.DraftDocument;
import vn.hoctap.authoring.json.AuthoringJson;
import vn.hoctap.authoring.lesson.LessonDetails;
import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.detect.MediaKind;

class SnapshotBuilderTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private final Map<UUID, MediaAsset> assets = new HashMap<>();
    private final SnapshotBuilder builder = new SnapshotBuilder(id -> Optional.ofNullable(assets.get(id)));

    private UUID asset(MediaKind kind, AssetStatus status, String manifest) {
        UUID id = UUID.randomUUID();
        assets.put(id, new MediaAsset(id, "sha-" + id, 10, kind, "x/y", Optional.empty(), "media/originals/" + id,
                status, 0, Optional.ofNullable(manifest), NOW, NOW));
        return id;
    }

    private static DraftDocument draft(UUID cover, BlockContent... blocks) {
        CourseDetails details = new CourseDetails(LocalizedText.of("vi", "Khoá"), null, null, null, cover, null, null);
        return new DraftDocument(UUID.randomUUID(), "lan", 7, details, List.of(new DraftDocument.Lesson(UUID.randomUUID(),
                new LessonDetails(LocalizedText.of("vi", "Bài"), null),
                java.util.Arrays.stream(blocks).map(b -> new DraftDocument.Block(UUID.randomUUID(), b)).toList())));
    }

    @Test
    void a_video_is_pinned_with_its_renditions_and_its_captions_by_language() {
        UUID video = asset(MediaKind.VIDEO, AssetStatus.READY, "{\"durationSeconds\":3.0,\"renditions\":[{\"kind\":"
                + "\"HLS_MASTER\",\"path\":\"master.m3u8\",\"key\":\"k/master.m3u8\",\"bytes\":5,\"sha256\":\"s1\"},"
                + "{\"kind\":\"MP4\",\"key\":\"k/v.mp4\",\"width\":640,\"height\":360,\"bitRate\":600000,\"bytes\":9,\"sha256\":\"s2\"},"
                + "{\"kind\":\"CAPTIONS\",\"key\":\"k/hls/subtitles/en.vtt\",\"language\":\"en\",\"bytes\":4,\"sha256\":\"s3\"}]}");
        UUID vi = asset(MediaKind.CAPTIONS, AssetStatus.READY, "{\"renditions\":[{\"key\":\"c/vi.vtt\",\"sha256\":\"v\"}]}");
        UUID km = asset(MediaKind.CAPTIONS, AssetStatus.READY, null);
        UUID cover = asset(MediaKind.IMAGE, AssetStatus.READY, null);

        SnapshotBuilder.Result result = builder.build(draft(cover, new BlockContent.Video(null, video,
                List.of(new BlockContent.Caption("vi", vi), new BlockContent.Caption("km", km)))), 3, NOW, "lan");

        assertThat(result.problems()).isEmpty();
        PublishedCourse course = result.course();
        assertThat(course.number()).isEqualTo(3);
        assertThat(course.revision()).isEqualTo(7);
        assertThat(course.coverImage().assetId()).isEqualTo(cover);
        PublishedCourse.Video pinned = (PublishedCourse.Video) course.lessons().get(0).blocks().get(0);
        assertThat(pinned.renditions()).extracting(PublishedCourse.Rendition::key)
                .containsExactly("k/master.m3u8", "k/v.mp4", "k/hls/subtitles/en.vtt");
        assertThat(pinned.renditions().get(1).bitRate()).isEqualTo(600000L);
        assertThat(pinned.captions()).extracting(c -> c.language() + "=" + c.key() + "@" + c.sha256() + "/" + c.assetId())
                .containsExactly("en=k/hls/subtitles/en.vtt@s3/" + video, "vi=c/vi.vtt@v/" + vi,
                        "km=media/originals/" + km + "@sha-" + km + "/" + km);
    }

    @Test
    void the_snapshot_reads_back_equal_from_its_json() {
        UUID deck = asset(MediaKind.PDF, AssetStatus.READY, "{\"slides\":[{\"index\":1,\"text\":\"ស្រូវ\",\"notes\":\"\","
                + "\"small\":{\"key\":\"s.jpg\",\"width\":640,\"height\":360,\"bytes\":3,\"sha256\":\"x\",\"mediaType\":\"image/jpeg\"}}]}");
        PublishedCourse course = builder.build(draft(null, new BlockContent.Slides(null, deck, "km"),
                new BlockContent.RichText(null, LocalizedText.of("vi", "<p>a</p>"))), 1, NOW, "lan").course();

        assertThat(AuthoringJson.read(AuthoringJson.write(course), PublishedCourse.class)).isEqualTo(course);
        assertThat(AuthoringJson.write(course)).isEqualTo(AuthoringJson.write(
                AuthoringJson.read(AuthoringJson.write(course), PublishedCourse.class)));
    }

    @Test
    void every_problem_is_listed_with_its_path() {
        UUID failed = asset(MediaKind.VIDEO, AssetStatus.FAILED, null);
        UUID image = asset(MediaKind.IMAGE, AssetStatus.READY, null);

        SnapshotBuilder.Result result = builder.build(draft(UUID.randomUUID(),
                new BlockContent.Video(null, failed, null), new BlockContent.Slides(null, image, null)), 1, NOW, "lan");

        assertThat(result.course()).isNull();
        assertThat(result.problems()).extracting(PublishProblem::kind, PublishProblem::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PublishProblem.Kind.ASSET_MISSING, "coverImageAssetId"),
                org.assertj.core.groups.Tuple.tuple(PublishProblem.Kind.ASSET_FAILED, "lessons[0].blocks[0].assetId"),
                org.assertj.core.groups.Tuple.tuple(PublishProblem.Kind.ASSET_WRONG_KIND, "lessons[0].blocks[1].assetId"));
        assertThat(Publishing.refusal(result.problems()).getMessage()).contains("coverImageAssetId");
    }

    @Test
    void a_processed_image_is_accepted_as_cover_and_image_block_and_pinned_with_its_renditions() {
        String manifest = "{\"kind\":\"IMAGE\",\"image\":{\"codec\":\"mjpeg\",\"width\":2000,\"height\":1500},"
                + "\"renditions\":[{\"kind\":\"IMAGE\",\"rendition\":\"large\",\"key\":\"media/assets/a/image/large.jpg\","
                + "\"width\":1280,\"height\":960,\"bytes\":9,\"sha256\":\"s\",\"mediaType\":\"image/jpeg\"}],"
                + "\"large\":{\"key\":\"media/assets/a/image/large.jpg\",\"width\":1280}}";
        UUID cover = asset(MediaKind.IMAGE, AssetStatus.READY, manifest);
        UUID picture = asset(MediaKind.IMAGE, AssetStatus.READY, manifest);
        UUID processing = asset(MediaKind.IMAGE, AssetStatus.PROCESSING, null);

        SnapshotBuilder.Result result = builder.build(draft(cover, new BlockContent.Image(null, picture,
                LocalizedText.of("vi", "Ảnh"), null)), 1, NOW, "lan");
        SnapshotBuilder.Result notYet = builder.build(draft(processing), 1, NOW, "lan");

        assertThat(result.problems()).isEmpty();
        assertThat(result.course().coverImage().manifest().get("large").get("key").asText())
                .isEqualTo("media/assets/a/image/large.jpg");
        PublishedCourse.Image block = (PublishedCourse.Image) result.course().lessons().get(0).blocks().get(0);
        assertThat(block.asset().assetId()).isEqualTo(picture);
        assertThat(block.asset().manifest().get("renditions").get(0).get("width").asInt()).isEqualTo(1280);
        assertThat(notYet.problems()).extracting(PublishProblem::kind, PublishProblem::path)
                .contains(org.assertj.core.groups.Tuple.tuple(PublishProblem.Kind.ASSET_NOT_READY, "coverImageAssetId"));
    }
}
