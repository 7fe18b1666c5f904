package vn.hoctap.authoring.publishing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.authoring.access.Access;
import vn.hoctap.authoring.access.Actor;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.block.BlockRepository;
import vn.hoctap.authoring.course.Course;
import vn.hoctap.authoring.course.CourseRepository;
import vn.hoctap.authoring.course.CourseSearchText;
import vn.hoctap.authoring.course.DeckTexts;
import vn.hoctap.authoring.course.DraftDocument;
import vn.hoctap.authoring.course.DraftDocuments;
import vn.hoctap.authoring.course.MediaAssets;
import vn.hoctap.authoring.course.ReviewState;
import vn.hoctap.authoring.error.ConflictException;
import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.authoring.error.NotFoundException;
import vn.hoctap.authoring.error.UnprocessableException;
import vn.hoctap.authoring.json.AuthoringJson;
import vn.hoctap.authoring.lesson.LessonRepository;
import vn.hoctap.authoring.review.Review;
import vn.hoctap.authoring.review.ReviewDecision;
import vn.hoctap.authoring.review.ReviewRepository;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.core.persistence.DataAccessException;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.text.Digests;
import vn.hoctap.media.asset.MediaAsset;

/**
 * The life of a draft after editing: submitted for review, approved or sent back with comments, published as an
 * immutable numbered version (only when approved as it is now, with every lesson non-empty and every asset
 * ready), withdrawn; plus the preview of a draft, the version history and the diff with the last published
 * version. Each operation is one transaction checked against {@link Access}.
 */
public final class Publishing {

    private final Transactor transactor;
    private final Clock clock;
    private final CourseRepository courses = new CourseRepository();
    private final DraftDocuments documents = new DraftDocuments(courses, new LessonRepository(), new BlockRepository());
    private final ReviewRepository reviews = new ReviewRepository();
    private final VersionRepository versions = new VersionRepository();
    private final DeckTexts deckTexts = new DeckTexts(256);

    public Publishing(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    /**
     * What a draft looks like now, for the preview screen: the whole draft, the state of every asset it names
     * (with the manifest of ready ones: slides, renditions) and what would keep it from being published.
     */
    public record Preview(DraftDocument draft, ReviewState reviewState, boolean publishable,
            Map<UUID, AssetState> assets, List<Violation> problems) {
    }

    /** The state of an asset named by a draft. */
    public record AssetState(String kind, String status, int progress, JsonNode manifest) {
    }

    public Course submit(Actor actor, UUID courseId) {
        return transactor.inTransaction(c -> {
            Course course = course(c, courseId);
            Access.requireEdit(actor, course.owner());
            if (course.reviewState() == ReviewState.IN_REVIEW) {
                throw new ConflictException("invalid_review_state", "The draft is already waiting for review.");
            }
            if (course.isApprovedAsItIs()) {
                throw new ConflictException("invalid_review_state", "The draft is approved as it is; publish it.");
            }
            changeState(c, course, ReviewState.IN_REVIEW, null);
            return course(c, courseId);
        });
    }

    /** A reviewer's decision on a submitted draft; asking for changes needs a comment saying which. */
    public Review review(Actor actor, UUID courseId, ReviewDecision decision, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (decision == null) {
            throw new InvalidInputException(List.of(new Violation("decision", "must be APPROVE or REQUEST_CHANGES")));
        }
        if (decision == ReviewDecision.REQUEST_CHANGES && text.isEmpty()) {
            throw new InvalidInputException(List.of(new Violation("comment", "say which changes are needed")));
        }
        if (text.length() > 4000) {
            throw new InvalidInputException(List.of(new Violation("comment", "must be at most 4000 characters")));
        }
        return transactor.inTransaction(c -> {
            Course course = course(c, courseId);
            Access.requireReview(actor, course.owner());
            if (course.reviewState() != ReviewState.IN_REVIEW) {
                throw new ConflictException("invalid_review_state", "Only a submitted draft is reviewed; this one is "
                        + course.reviewState() + ". The author submits it with POST /api/courses/" + courseId + "/submit.");
            }
            OffsetDateTime now = now();
            if (decision == ReviewDecision.APPROVE) {
                changeState(c, course, ReviewState.APPROVED, course.revision());
            } else {
                changeState(c, course, ReviewState.CHANGES_REQUESTED, null);
            }
            reviews.insert(c, courseId, course.revision(), actor.username(), decision, text, now);
            List<Review> all = reviews.ofCourse(c, courseId);
            return all.get(all.size() - 1);
        });
    }

    public List<Review> reviews(Actor actor, UUID courseId) {
        return transactor.inTransaction(c -> {
            Access.requireRead(actor, course(c, courseId).owner());
            return reviews.ofCourse(c, courseId);
        });
    }

    /**
     * Publishes the draft as the next version: refused with 409 unless it is approved as it is now, with 409
     * {@code asset_not_ready} when the only problem is assets still being processed, and with 422 (the first
     * problem's code, every problem listed) for an empty course or lesson or a missing, wrong or failed asset.
     */
    public VersionSummary publish(Actor actor, UUID courseId) {
        try {
            return transactor.inTransaction(c -> {
                Course course = course(c, courseId);
                Access.requireEdit(actor, course.owner());
                if (!course.isApprovedAsItIs()) {
                    throw new ConflictException("not_approved", "Only a draft a reviewer approved as it is now can be"
                            + " published; this draft is " + course.reviewState()
                            + (course.reviewState() == ReviewState.DRAFT ? " (submit it for review)" : "") + ".");
                }
                DraftDocument draft = documents.load(c, course);
                int number = versions.latestNumber(c, courseId) + 1;
                OffsetDateTime now = now();
                Function<UUID, Optional<MediaAsset>> assets = MediaAssets.on(c);
                SnapshotBuilder.Result result = new SnapshotBuilder(assets).build(draft, number, now, actor.username());
                if (!result.publishable()) {
                    throw refusal(result.problems());
                }
                String snapshot = AuthoringJson.write(result.course());
                VersionSummary summary = new VersionSummary(courseId, number, course.revision(), now, actor.username(),
                        Digests.sha256(snapshot.getBytes(StandardCharsets.UTF_8)), Optional.empty());
                versions.insert(c, summary, snapshot, AuthoringJson.write(draft));
                // every asset is ready now: the slide text of decks processed after they were added becomes searchable
                courses.updateSearchText(c, courseId, CourseSearchText.of(draft, id -> deckTexts.of(id, assets)));
                changeState(c, course, ReviewState.DRAFT, null);
                return summary;
            });
        } catch (DataAccessException e) {
            if (e.isUniqueViolation()) {
                throw new ConflictException("concurrent_publish", "Another publication of this course happened at the"
                        + " same moment; read the version history.");
            }
            throw e;
        }
    }

    public VersionSummary withdraw(Actor actor, UUID courseId, int number, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInputException(List.of(new Violation("reason",
                    "say why the version is withdrawn (1 to 2000 characters)")));
        }
        return transactor.inTransaction(c -> {
            Course course = course(c, courseId);
            Access.requireEdit(actor, course.owner());
            VersionRepository.StoredVersion stored = versions.version(c, courseId, number)
                    .orElseThrow(() -> NotFoundException.version(courseId, number));
            if (!versions.withdraw(c, courseId, number, now(), actor.username(), text)) {
                throw new ConflictException("already_withdrawn", "Version " + number + " was already withdrawn by "
                        + stored.summary().withdrawal().map(VersionSummary.Withdrawal::by).orElse("someone") + ".");
            }
            return versions.version(c, courseId, number).orElseThrow().summary();
        });
    }

    public List<VersionSummary> history(Actor actor, UUID courseId) {
        return transactor.inTransaction(c -> {
            Access.requireRead(actor, course(c, courseId).owner());
            return versions.history(c, courseId);
        });
    }

    public PublishedCourse version(Actor actor, UUID courseId, int number) {
        String snapshot = transactor.inTransaction(c -> {
            Access.requireRead(actor, course(c, courseId).owner());
            return versions.version(c, courseId, number).orElseThrow(() -> NotFoundException.version(courseId, number))
                    .snapshot();
        });
        return AuthoringJson.read(snapshot, PublishedCourse.class);
    }

    /** What changed in the draft since the newest published version (withdrawn or not). */
    public CourseDiff diff(Actor actor, UUID courseId) {
        return transactor.inTransaction(c -> {
            Course course = course(c, courseId);
            Access.requireRead(actor, course.owner());
            DraftDocument draft = documents.load(c, course);
            int latest = versions.latestNumber(c, courseId);
            if (latest == 0) {
                return CourseDiff.between(null, null, draft);
            }
            DraftDocument published = AuthoringJson.read(versions.version(c, courseId, latest).orElseThrow()
                    .draftDocument(), DraftDocument.class);
            return CourseDiff.between(latest, published, draft);
        });
    }

    public Preview preview(Actor actor, UUID courseId) {
        return transactor.inTransaction(c -> {
            Course course = course(c, courseId);
            Access.requireRead(actor, course.owner());
            DraftDocument draft = documents.load(c, course);
            Function<UUID, Optional<MediaAsset>> assets = MediaAssets.on(c);
            Map<UUID, AssetState> states = new LinkedHashMap<>();
            if (draft.details().coverImageAssetId() != null) {
                state(assets, draft.details().coverImageAssetId(), states);
            }
            for (DraftDocument.Lesson lesson : draft.lessons()) {
                for (DraftDocument.Block block : lesson.blocks()) {
                    for (BlockContent.AssetReference reference : block.content().assetReferences()) {
                        state(assets, reference.assetId(), states);
                    }
                }
            }
            List<Violation> problems = new SnapshotBuilder(assets).build(draft, 0, now(), actor.username()).problems()
                    .stream().map(PublishProblem::toViolation).toList();
            return new Preview(draft, course.reviewState(), problems.isEmpty(), states, problems);
        });
    }

    private static void state(Function<UUID, Optional<MediaAsset>> assets, UUID id, Map<UUID, AssetState> states) {
        assets.apply(id).ifPresent(asset -> states.put(id, new AssetState(asset.kind().name(), asset.status().name(),
                asset.progress(), asset.manifest().map(AuthoringJson::tree).orElse(null))));
    }

    static RuntimeException refusal(List<PublishProblem> problems) {
        List<Violation> violations = problems.stream().map(PublishProblem::toViolation).toList();
        boolean onlyWaiting = problems.stream().allMatch(p -> p.kind() == PublishProblem.Kind.ASSET_NOT_READY);
        PublishProblem first = problems.get(0);
        if (onlyWaiting) {
            return new ConflictException("asset_not_ready", "The draft names media still being processed; publish again"
                    + " when every asset is READY. " + first.path() + ": " + first.message(), violations);
        }
        PublishProblem blocking = problems.stream().filter(p -> p.kind() != PublishProblem.Kind.ASSET_NOT_READY)
                .findFirst().orElseThrow();
        return new UnprocessableException(blocking.kind().code(), "The draft cannot be published: " + blocking.path()
                + ": " + blocking.message() + (problems.size() > 1 ? " (" + problems.size() + " problems, see violations)" : ""),
                violations);
    }

    private Course course(Connection c, UUID courseId) throws SQLException {
        return courses.byId(c, courseId).orElseThrow(() -> NotFoundException.course(courseId));
    }

    private void changeState(Connection c, Course course, ReviewState state, Long approvedRevision) throws SQLException {
        if (!courses.changeReviewState(c, course.id(), course.version(), state, approvedRevision, now())) {
            throw new ConflictException("concurrent_change", "The course changed while this request ran; try again.");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
