package vn.hoctap.authoring.web;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.hoctap.authoring.block.Block;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.course.Course;
import vn.hoctap.authoring.course.CourseDrafts;
import vn.hoctap.authoring.lesson.Lesson;
import vn.hoctap.authoring.publishing.VersionSummary;
import vn.hoctap.authoring.review.Review;
import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.media.asset.MediaAsset;

/** The JSON the authoring API answers with. */
public final class Views {

    private Views() {
    }

    @Schema(description = "A course draft: details, review state, versions (the ETag is the version) and, when read"
            + " alone, its lessons in order")
    public record CourseView(UUID id, String owner, String reviewState, long revision, long version, String createdAt,
            String updatedAt, LocalizedText title, LocalizedText description, List<LocalizedText> keywords,
            LocalizedText audience, UUID coverImageAssetId, List<String> tags, List<String> languages,
            List<LessonSummaryView> lessons) {

        static CourseView of(Course course, List<LessonSummaryView> lessons) {
            var d = course.details();
            return new CourseView(course.id(), course.owner(), course.reviewState().name(), course.revision(),
                    course.version(), course.createdAt().toString(), course.updatedAt().toString(), d.title(),
                    d.description(), d.keywords(), d.audience(), d.coverImageAssetId(), d.tags(), d.languages(), lessons);
        }

        static CourseView of(CourseDrafts.Outline outline) {
            return of(outline.course(), outline.lessons().stream()
                    .map(s -> LessonSummaryView.of(s.lesson(), s.blockCount())).toList());
        }
    }

    @Schema(description = "A lesson in a course's list")
    public record LessonSummaryView(UUID id, int position, LocalizedText title, long version, int blockCount) {
        static LessonSummaryView of(Lesson lesson, int blockCount) {
            return new LessonSummaryView(lesson.id(), lesson.position(), lesson.details().title(), lesson.version(),
                    blockCount);
        }
    }

    @Schema(description = "A lesson with its blocks in order (the ETag is the lesson's version)")
    public record LessonView(UUID id, UUID courseId, int position, LocalizedText title, LocalizedText description,
            long version, String updatedAt, List<BlockView> blocks) {
        static LessonView of(Lesson lesson, List<Block> blocks) {
            return new LessonView(lesson.id(), lesson.courseId(), lesson.position(), lesson.details().title(),
                    lesson.details().description(), lesson.version(), lesson.updatedAt().toString(),
                    blocks == null ? null : blocks.stream().map(BlockView::of).toList());
        }
    }

    @Schema(description = "A block: its place in the lesson, its version (the ETag) and its content")
    public record BlockView(UUID id, UUID lessonId, int position, long version, String updatedAt, BlockContent content) {
        static BlockView of(Block block) {
            return new BlockView(block.id(), block.lessonId(), block.position(), block.version(),
                    block.updatedAt().toString(), block.content());
        }
    }

    @Schema(description = "A reviewer's decision")
    public record ReviewView(long id, long revision, String reviewer, String decision, String comment, String at) {
        static ReviewView of(Review review) {
            return new ReviewView(review.id(), review.revision(), review.reviewer(), review.decision().name(),
                    review.comment(), review.at().toString());
        }
    }

    @Schema(description = "A published version in the history")
    public record VersionView(UUID courseId, int number, long revision, String publishedAt, String publishedBy,
            String snapshotSha256, boolean withdrawn, String withdrawnAt, String withdrawnBy, String withdrawReason,
            String href) {
        static VersionView of(VersionSummary v) {
            var w = v.withdrawal();
            return new VersionView(v.courseId(), v.number(), v.revision(), v.publishedAt().toString(), v.publishedBy(),
                    v.snapshotSha256(), w.isPresent(), w.map(x -> x.at().toString()).orElse(null),
                    w.map(VersionSummary.Withdrawal::by).orElse(null), w.map(VersionSummary.Withdrawal::reason).orElse(null),
                    "/api/courses/" + v.courseId() + "/versions/" + v.number());
        }
    }

    @Schema(description = "An upload handed to the media pipeline: the asset and the state of its processing job"
            + " (follow href until status is READY or FAILED)")
    public record UploadView(UUID id, String kind, String mimeType, String sha256, long sizeBytes, String status,
            int progress, String originalName, boolean duplicate, String href) {
        static UploadView of(MediaAsset asset, boolean duplicate) {
            return new UploadView(asset.id(), asset.kind().name(), asset.mimeType(), asset.sha256(), asset.sizeBytes(),
                    asset.status().name(), asset.progress(), asset.originalName().orElse(null), duplicate,
                    "/api/media/" + asset.id());
        }
    }
}
