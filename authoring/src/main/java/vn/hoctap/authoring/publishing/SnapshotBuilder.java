package vn.hoctap.authoring.publishing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.authoring.block.AssetChecks;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.course.CourseDetails;
import vn.hoctap.authoring.course.DraftDocument;
import vn.hoctap.authoring.json.AuthoringJson;
import vn.hoctap.media.asset.MediaAsset;

/**
 * Turns a draft into a published version: every block resolved against the media assets it names (slides with
 * their images, text and notes; videos with their renditions; captions and images pinned by id and SHA-256), or
 * the list of problems that keep it from being published: no lesson, an empty lesson, a missing asset, an asset of
 * the wrong kind, a failed asset, or one still being processed.
 */
public final class SnapshotBuilder {

    private final Function<UUID, Optional<MediaAsset>> assets;

    public SnapshotBuilder(Function<UUID, Optional<MediaAsset>> assets) {
        this.assets = assets;
    }

    /** The outcome: a version, or the problems (then {@code course} is null). */
    public record Result(PublishedCourse course, List<PublishProblem> problems) {
        public boolean publishable() {
            return problems.isEmpty();
        }
    }

    public Result build(DraftDocument draft, int number, OffsetDateTime publishedAt, String publishedBy) {
        List<PublishProblem> problems = new ArrayList<>();
        CourseDetails details = draft.details();
        if (draft.lessons().isEmpty()) {
            problems.add(new PublishProblem(PublishProblem.Kind.EMPTY_COURSE, "lessons",
                    "the course has no lessons: add at least one lesson with content"));
        }
        PublishedCourse.PinnedAsset cover = details.coverReference()
                .flatMap(reference -> resolve(reference, "", problems)).map(asset -> pin(asset, true)).orElse(null);
        List<PublishedCourse.Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < draft.lessons().size(); i++) {
            DraftDocument.Lesson lesson = draft.lessons().get(i);
            String at = "lessons[" + i + "]";
            if (lesson.blocks().isEmpty()) {
                problems.add(new PublishProblem(PublishProblem.Kind.EMPTY_LESSON, at + ".blocks", "lesson " + lesson.id()
                        + " (" + lesson.details().title().variants().stream().findFirst().orElse("")
                        + ") has no blocks: add content or delete the lesson"));
            }
            List<PublishedCourse.Block> blocks = new ArrayList<>();
            for (int j = 0; j < lesson.blocks().size(); j++) {
                DraftDocument.Block block = lesson.blocks().get(j);
                blocks.add(block(block, at + ".blocks[" + j + "].", problems));
            }
            lessons.add(new PublishedCourse.Lesson(lesson.id(), lesson.details().title(), lesson.details().description(),
                    blocks));
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new PublishedCourse(draft.courseId(), number, publishedAt.toString(), publishedBy,
                draft.revision(), details.languages(), details.title(), details.description(), details.keywords(),
                details.audience(), details.tags(), cover, lessons), List.of());
    }

    private PublishedCourse.Block block(DraftDocument.Block block, String at, List<PublishProblem> problems) {
        BlockContent content = block.content();
        List<MediaAsset> resolved = new ArrayList<>();
        boolean complete = true;
        for (BlockContent.AssetReference reference : content.assetReferences()) {
            Optional<MediaAsset> asset = resolve(reference, at, problems);
            asset.ifPresent(resolved::add);
            complete &= asset.isPresent();
        }
        if (content instanceof BlockContent.RichText rich) {
            return new PublishedCourse.RichText(block.id(), rich.title(), rich.html());
        }
        if (content instanceof BlockContent.Quiz quiz) {
            return new PublishedCourse.Quiz(block.id(), quiz.title(), quiz.questions(), quiz.masteryScore(), quiz.shuffle());
        }
        if (!complete) {
            return null; // problems recorded; no version is made
        }
        if (content instanceof BlockContent.Slides slides) {
            MediaAsset deck = resolved.get(0);
            List<PublishedCourse.Slide> slideList = new ArrayList<>();
            for (JsonNode slide : manifest(deck).path("slides")) {
                slideList.add(new PublishedCourse.Slide(slide.path("index").asInt(), slide.path("text").asText(""),
                        slide.path("notes").asText(""), file(slide.path("large")), file(slide.path("small"))));
            }
            return new PublishedCourse.Slides(block.id(), slides.title(), slides.language(), pin(deck, false), slideList);
        }
        if (content instanceof BlockContent.Video video) {
            MediaAsset media = resolved.get(0);
            JsonNode manifest = manifest(media);
            List<PublishedCourse.Rendition> renditions = new ArrayList<>();
            for (JsonNode r : manifest.path("renditions")) {
                renditions.add(new PublishedCourse.Rendition(r.path("kind").asText(), text(r, "path"), text(r, "key"),
                        text(r, "rendition"), integer(r, "width"), integer(r, "height"),
                        r.hasNonNull("bitRate") ? r.get("bitRate").asLong() : null,
                        r.hasNonNull("durationSeconds") ? r.get("durationSeconds").asDouble() : null,
                        r.path("bytes").asLong(), text(r, "sha256"), text(r, "mediaType"), text(r, "language")));
            }
            List<PublishedCourse.Captions> captions = new ArrayList<>();
            for (PublishedCourse.Rendition r : renditions) {
                if (r.kind().equals("CAPTIONS") && r.language() != null) {
                    captions.add(new PublishedCourse.Captions(r.language(), r.key(), r.sha256(), media.id()));
                }
            }
            for (int i = 0; i < video.captions().size(); i++) {
                MediaAsset file = resolved.get(i + 1);
                JsonNode first = manifest(file).path("renditions").path(0);
                captions.add(new PublishedCourse.Captions(video.captions().get(i).language(),
                        first.hasNonNull("key") ? first.get("key").asText() : file.originalKey(),
                        first.hasNonNull("sha256") ? first.get("sha256").asText() : file.sha256(), file.id()));
            }
            return new PublishedCourse.Video(block.id(), video.title(), pin(media, false),
                    manifest.path("durationSeconds").asDouble(0), renditions, captions);
        }
        BlockContent.Image image = (BlockContent.Image) content;
        return new PublishedCourse.Image(block.id(), image.title(), pin(resolved.get(0), true), image.alt(), image.caption());
    }

    private Optional<MediaAsset> resolve(BlockContent.AssetReference reference, String at, List<PublishProblem> problems) {
        Optional<MediaAsset> asset = assets.apply(reference.assetId());
        AssetChecks.Outcome outcome = AssetChecks.check(reference, asset);
        if (outcome == AssetChecks.Outcome.OK) {
            return asset;
        }
        PublishProblem.Kind kind = switch (outcome) {
            case MISSING -> PublishProblem.Kind.ASSET_MISSING;
            case WRONG_KIND -> PublishProblem.Kind.ASSET_WRONG_KIND;
            case FAILED -> PublishProblem.Kind.ASSET_FAILED;
            default -> PublishProblem.Kind.ASSET_NOT_READY;
        };
        problems.add(new PublishProblem(kind, at + reference.path(), AssetChecks.message(outcome, reference, asset)));
        return Optional.empty();
    }

    private static PublishedCourse.PinnedAsset pin(MediaAsset asset, boolean withManifest) {
        return new PublishedCourse.PinnedAsset(asset.id(), asset.kind().name(), asset.mimeType(), asset.sha256(),
                asset.sizeBytes(), asset.originalKey(), withManifest ? asset.manifest().map(AuthoringJson::tree).orElse(null) : null);
    }

    private static JsonNode manifest(MediaAsset asset) {
        return asset.manifest().map(AuthoringJson::tree).orElse(AuthoringJson.mapper().createObjectNode());
    }

    private static PublishedCourse.File file(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return new PublishedCourse.File(text(node, "key"), integer(node, "width"), integer(node, "height"),
                node.path("bytes").asLong(), text(node, "sha256"), text(node, "mediaType"));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asInt() : null;
    }
}
