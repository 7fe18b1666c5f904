package vn.hoctap.authoring.course;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import vn.hoctap.authoring.access.Access;
import vn.hoctap.authoring.access.Actor;
import vn.hoctap.authoring.block.AssetChecks;
import vn.hoctap.authoring.block.Block;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.block.BlockRepository;
import vn.hoctap.authoring.error.ConflictException;
import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.authoring.error.NotFoundException;
import vn.hoctap.authoring.error.StaleWriteException;
import vn.hoctap.authoring.error.UnprocessableException;
import vn.hoctap.authoring.lesson.Lesson;
import vn.hoctap.authoring.lesson.LessonDetails;
import vn.hoctap.authoring.lesson.LessonRepository;
import vn.hoctap.authoring.search.SearchText;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.media.asset.MediaAsset;

/**
 * Editing course drafts: courses, their ordered lessons and the lessons' ordered blocks, each operation one
 * transaction, each checked against {@link Access} and, for changes, against the version the caller read
 * (optimistic locking: a stale version is refused with {@link StaleWriteException}, never overwritten).
 *
 * <p>An expected version of {@code null} means "any" (HTTP {@code If-Match: *}). Input is checked fully before
 * anything is written: every broken rule is reported at once ({@link InvalidInputException}, 400), a named asset
 * that does not exist, is of the wrong kind or failed is refused ({@link UnprocessableException}, 422). Every
 * change renews the course's search text.
 */
public final class CourseDrafts {

    /** Most courses a list or search returns. */
    public static final int MAX_RESULTS = 200;

    private final Transactor transactor;
    private final Clock clock;
    private final CourseRepository courses = new CourseRepository();
    private final LessonRepository lessons = new LessonRepository();
    private final BlockRepository blocks = new BlockRepository();
    private final DraftDocuments documents = new DraftDocuments(courses, lessons, blocks);
    private final DeckTexts deckTexts = new DeckTexts(256);

    public CourseDrafts(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    /** A course with its lessons (in order) and how many blocks each has. */
    public record Outline(Course course, List<LessonSummary> lessons) {
    }

    /** A lesson of an outline. */
    public record LessonSummary(Lesson lesson, int blockCount) {
    }

    /** A lesson with its blocks in order. */
    public record LessonWithBlocks(Lesson lesson, List<Block> blocks) {
    }

    // ---- courses

    public Course create(Actor actor, CourseDetails details) {
        Access.requireCreate(actor);
        CourseDetails valid = valid(details);
        return transactor.inTransaction(c -> {
            checkCover(c, valid);
            OffsetDateTime now = now();
            Course course = new Course(UUID.randomUUID(), actor.username(), valid, ReviewState.DRAFT,
                    Optional.empty(), 1, 1, now, now);
            DraftDocument document = new DraftDocument(course.id(), course.owner(), course.revision(), valid, List.of());
            courses.insert(c, course, CourseSearchText.of(document, id -> List.of()));
            return course;
        });
    }

    public Course course(Actor actor, UUID courseId) {
        return transactor.inTransaction(c -> readable(c, actor, courseId));
    }

    public Outline outline(Actor actor, UUID courseId) {
        return transactor.inTransaction(c -> outline(c, readable(c, actor, courseId)));
    }

    /**
     * Courses whose text contains every word of {@code query} (diacritics and case ignored, see
     * {@link SearchText}), or all courses for a blank query; authors see only their own.
     */
    public List<Course> find(Actor actor, String query, int limit) {
        Optional<String> owner = Access.seesOnlyOwn(actor) ? Optional.of(actor.username()) : Optional.empty();
        List<String> terms = SearchText.terms(query == null ? "" : query);
        int bounded = Math.max(1, Math.min(limit, MAX_RESULTS));
        return transactor.inTransaction(c -> courses.find(c, owner, terms, bounded));
    }

    public Course update(Actor actor, UUID courseId, Long expectedVersion, CourseDetails details) {
        CourseDetails valid = valid(details);
        return transactor.inTransaction(c -> {
            Course course = editable(c, actor, courseId);
            long expected = expected("The course", expectedVersion, course.version());
            checkCover(c, valid);
            if (!courses.updateDetails(c, courseId, expected, valid, now())) {
                throw stale(c, "The course", courseId, expected);
            }
            refreshSearchText(c, courseId);
            return courses.byId(c, courseId).orElseThrow();
        });
    }

    /** Deletes a course that was never published (a published course's versions stay: withdraw them instead). */
    public void delete(Actor actor, UUID courseId, Long expectedVersion) {
        transactor.inTransaction(c -> {
            Course course = editable(c, actor, courseId);
            long expected = expected("The course", expectedVersion, course.version());
            if (courses.hasVersions(c, courseId)) {
                throw new ConflictException("course_published", "The course has published versions and cannot be"
                        + " deleted; withdraw its versions instead.");
            }
            if (!courses.delete(c, courseId, expected)) {
                throw stale(c, "The course", courseId, expected);
            }
            return null;
        });
    }

    /** Checks the actor may change the course (for uploads made for it) and returns it. */
    public Course requireEditable(Actor actor, UUID courseId) {
        return transactor.inTransaction(c -> editable(c, actor, courseId));
    }

    // ---- lessons

    public Lesson addLesson(Actor actor, UUID courseId, LessonDetails details) {
        LessonDetails valid = valid(details);
        return transactor.inTransaction(c -> {
            editable(c, actor, courseId);
            courses.draftChanged(c, courseId, true, now()); // first: locks the course, so positions never collide
            Lesson lesson = new Lesson(UUID.randomUUID(), courseId, lessons.nextPosition(c, courseId), valid, 1, now());
            lessons.insert(c, lesson);
            refreshSearchText(c, courseId);
            return lesson;
        });
    }

    public LessonWithBlocks lesson(Actor actor, UUID courseId, UUID lessonId) {
        return transactor.inTransaction(c -> {
            readable(c, actor, courseId);
            Lesson lesson = lessonOf(c, courseId, lessonId);
            return new LessonWithBlocks(lesson, blocks.ofLesson(c, lessonId));
        });
    }

    public Lesson updateLesson(Actor actor, UUID courseId, UUID lessonId, Long expectedVersion, LessonDetails details) {
        LessonDetails valid = valid(details);
        return transactor.inTransaction(c -> {
            editable(c, actor, courseId);
            Lesson lesson = lessonOf(c, courseId, lessonId);
            long expected = expected("The lesson", expectedVersion, lesson.version());
            if (!lessons.updateDetails(c, lessonId, expected, valid, now())) {
                throw staleLesson(c, lessonId, expected);
            }
            courses.draftChanged(c, courseId, false, now());
            refreshSearchText(c, courseId);
            return lessons.byId(c, lessonId).orElseThrow();
        });
    }

    public void deleteLesson(Actor actor, UUID courseId, UUID lessonId, Long expectedVersion) {
        transactor.inTransaction(c -> {
            editable(c, actor, courseId);
            Lesson lesson = lessonOf(c, courseId, lessonId);
            long expected = expected("The lesson", expectedVersion, lesson.version());
            if (!lessons.delete(c, lessonId, expected)) {
                throw staleLesson(c, lessonId, expected);
            }
            courses.draftChanged(c, courseId, true, now());
            refreshSearchText(c, courseId);
            return null;
        });
    }

    /** Puts the lessons in the given order; {@code lessonIds} names each lesson of the course exactly once. */
    public Outline reorderLessons(Actor actor, UUID courseId, Long expectedVersion, List<UUID> lessonIds) {
        return transactor.inTransaction(c -> {
            Course course = editable(c, actor, courseId);
            long expected = expected("The course", expectedVersion, course.version());
            if (!courses.structuralChangeAt(c, courseId, expected, now())) {
                throw stale(c, "The course", courseId, expected);
            }
            List<Lesson> current = lessons.ofCourse(c, courseId);
            requirePermutation("lessonIds", lessonIds, current.stream().map(Lesson::id).toList(), "lessons of the course");
            for (int i = 0; i < lessonIds.size(); i++) {
                lessons.move(c, lessonIds.get(i), i);
            }
            return outline(c, courses.byId(c, courseId).orElseThrow());
        });
    }

    // ---- blocks

    public Block addBlock(Actor actor, UUID courseId, UUID lessonId, BlockContent content) {
        BlockContent valid = valid(content);
        return transactor.inTransaction(c -> {
            editable(c, actor, courseId);
            lessonOf(c, courseId, lessonId);
            checkAssets(c, valid);
            lessons.blocksChanged(c, lessonId, now()); // first: locks the lesson, so positions never collide
            Block block = new Block(UUID.randomUUID(), lessonId, blocks.nextPosition(c, lessonId), valid, 1, now());
            blocks.insert(c, block);
            courses.draftChanged(c, courseId, false, now());
            refreshSearchText(c, courseId);
            return block;
        });
    }

    public Block block(Actor actor, UUID courseId, UUID lessonId, UUID blockId) {
        return transactor.inTransaction(c -> {
            readable(c, actor, courseId);
            lessonOf(c, courseId, lessonId);
            return blockOf(c, lessonId, blockId);
        });
    }

    public Block updateBlock(Actor actor, UUID courseId, UUID lessonId, UUID blockId, Long expectedVersion,
            BlockContent content) {
        BlockContent valid = valid(content);
        return transactor.inTransaction(c -> {
            editable(c, actor, courseId);
            lessonOf(c, courseId, lessonId);
            Block block = blockOf(c, lessonId, blockId);
            long expected = expected("The block", expectedVersion, block.version());
            checkAssets(c, valid);
            if (!blocks.update(c, blockId, expected, valid, now())) {
                throw staleBlock(c, blockId, expected);
            }
            courses.draftChanged(c, courseId, false, now());
            refreshSearchText(c, courseId);
            return blocks.byId(c, blockId).orElseThrow();
        });
    }

    public void deleteBlock(Actor actor, UUID courseId, UUID lessonId, UUID blockId, Long expectedVersion) {
        transactor.inTransaction(c -> {
            editable(c, actor, courseId);
            lessonOf(c, courseId, lessonId);
            Block block = blockOf(c, lessonId, blockId);
            long expected = expected("The block", expectedVersion, block.version());
            if (!blocks.delete(c, blockId, expected)) {
                throw staleBlock(c, blockId, expected);
            }
            lessons.blocksChanged(c, lessonId, now());
            courses.draftChanged(c, courseId, false, now());
            refreshSearchText(c, courseId);
            return null;
        });
    }

    /** Puts the blocks of a lesson in the given order; checked against the lesson's version. */
    public LessonWithBlocks reorderBlocks(Actor actor, UUID courseId, UUID lessonId, Long expectedVersion,
            List<UUID> blockIds) {
        return transactor.inTransaction(c -> {
            editable(c, actor, courseId);
            Lesson lesson = lessonOf(c, courseId, lessonId);
            long expected = expected("The lesson", expectedVersion, lesson.version());
            if (!lessons.blocksChangedAt(c, lessonId, expected, now())) {
                throw staleLesson(c, lessonId, expected);
            }
            List<Block> current = blocks.ofLesson(c, lessonId);
            requirePermutation("blockIds", blockIds, current.stream().map(Block::id).toList(), "blocks of the lesson");
            for (int i = 0; i < blockIds.size(); i++) {
                blocks.move(c, blockIds.get(i), i);
            }
            courses.draftChanged(c, courseId, false, now());
            return new LessonWithBlocks(lessons.byId(c, lessonId).orElseThrow(), blocks.ofLesson(c, lessonId));
        });
    }

    // ---- shared steps

    private Outline outline(Connection c, Course course) throws SQLException {
        Map<UUID, List<Block>> byLesson = blocks.ofCourse(c, course.id());
        return new Outline(course, lessons.ofCourse(c, course.id()).stream()
                .map(l -> new LessonSummary(l, byLesson.getOrDefault(l.id(), List.of()).size())).toList());
    }

    private Course readable(Connection c, Actor actor, UUID courseId) throws SQLException {
        Course course = courses.byId(c, courseId).orElseThrow(() -> NotFoundException.course(courseId));
        Access.requireRead(actor, course.owner());
        return course;
    }

    private Course editable(Connection c, Actor actor, UUID courseId) throws SQLException {
        Course course = courses.byId(c, courseId).orElseThrow(() -> NotFoundException.course(courseId));
        Access.requireEdit(actor, course.owner());
        return course;
    }

    private Lesson lessonOf(Connection c, UUID courseId, UUID lessonId) throws SQLException {
        return lessons.byId(c, lessonId).filter(l -> l.courseId().equals(courseId))
                .orElseThrow(() -> NotFoundException.lesson(lessonId));
    }

    private Block blockOf(Connection c, UUID lessonId, UUID blockId) throws SQLException {
        return blocks.byId(c, blockId).filter(b -> b.lessonId().equals(lessonId))
                .orElseThrow(() -> NotFoundException.block(blockId));
    }

    private static long expected(String what, Long expectedVersion, long current) {
        if (expectedVersion == null) {
            return current;
        }
        if (expectedVersion != current) {
            throw new StaleWriteException(what, expectedVersion, current);
        }
        return expectedVersion;
    }

    private StaleWriteException stale(Connection c, String what, UUID courseId, long expected) throws SQLException {
        return new StaleWriteException(what, expected, courses.byId(c, courseId).map(Course::version).orElse(-1L));
    }

    private StaleWriteException staleLesson(Connection c, UUID lessonId, long expected) throws SQLException {
        return new StaleWriteException("The lesson", expected, lessons.byId(c, lessonId).map(Lesson::version).orElse(-1L));
    }

    private StaleWriteException staleBlock(Connection c, UUID blockId, long expected) throws SQLException {
        return new StaleWriteException("The block", expected, blocks.byId(c, blockId).map(Block::version).orElse(-1L));
    }

    private static void requirePermutation(String path, List<UUID> given, List<UUID> current, String what) {
        if (given == null || given.size() != current.size() || given.stream().anyMatch(java.util.Objects::isNull)
                || !new HashSet<>(given).equals(new HashSet<>(current))) {
            throw new InvalidInputException(List.of(new Violation(path, "must list each of the " + current.size()
                    + " " + what + " exactly once")));
        }
    }

    private static CourseDetails valid(CourseDetails details) {
        if (details == null) {
            throw new InvalidInputException(List.of(new Violation("$", "a JSON object with the course's title is required")));
        }
        List<Violation> violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return details.normalized();
    }

    private static LessonDetails valid(LessonDetails details) {
        if (details == null) {
            throw new InvalidInputException(List.of(new Violation("$", "a JSON object with the lesson's title is required")));
        }
        List<Violation> violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return details.normalized();
    }

    private static BlockContent valid(BlockContent content) {
        if (content == null) {
            throw new InvalidInputException(List.of(new Violation("$",
                    "a JSON object with \"type\": slides, video, richText, image or quiz is required")));
        }
        List<Violation> violations = content.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return content.normalized();
    }

    private void checkCover(Connection c, CourseDetails details) {
        checkAssets(c, details.coverReference().stream().toList());
    }

    private void checkAssets(Connection c, BlockContent content) {
        checkAssets(c, content.assetReferences());
    }

    /** Refuses assets that do not exist, are of the wrong kind or failed; assets still processing are fine. */
    private void checkAssets(Connection c, List<BlockContent.AssetReference> references) {
        Function<UUID, Optional<MediaAsset>> assets = MediaAssets.on(c);
        List<Violation> violations = new ArrayList<>();
        String code = null;
        for (BlockContent.AssetReference reference : references) {
            Optional<MediaAsset> asset = assets.apply(reference.assetId());
            AssetChecks.Outcome outcome = AssetChecks.check(reference, asset);
            if (outcome == AssetChecks.Outcome.MISSING || outcome == AssetChecks.Outcome.WRONG_KIND
                    || outcome == AssetChecks.Outcome.FAILED) {
                violations.add(new Violation(reference.path(), AssetChecks.message(outcome, reference, asset)));
                if (code == null) {
                    code = switch (outcome) {
                        case MISSING -> "asset_missing";
                        case WRONG_KIND -> "asset_wrong_kind";
                        default -> "asset_failed";
                    };
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new UnprocessableException(code, violations.get(0).path() + ": " + violations.get(0).message(), violations);
        }
    }

    /** Recomputes the course's search text from its whole draft. */
    void refreshSearchText(Connection c, UUID courseId) throws SQLException {
        Function<UUID, Optional<MediaAsset>> assets = MediaAssets.on(c);
        courses.updateSearchText(c, courseId,
                CourseSearchText.of(documents.load(c, courseId), id -> deckTexts.of(id, assets)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
