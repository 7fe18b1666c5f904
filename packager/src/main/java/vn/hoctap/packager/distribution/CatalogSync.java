package vn.hoctap.packager.distribution;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import vn.hoctap.authoring.publishing.PublishedCourse;
import vn.hoctap.authoring.publishing.PublishedCourses;
import vn.hoctap.authoring.publishing.VersionSummary;
import vn.hoctap.core.persistence.DataAccessException;
import vn.hoctap.core.persistence.Transactor;

/**
 * Brings packages and the catalogue up to date with what authoring has published (ADR 0025). One run:
 * <ol>
 *   <li>for every course's newest non-withdrawn version ({@link PublishedCourses#catalogue()}) not yet in the
 *       catalogue: packages it unless already packaged ({@link VersionPackaging}), makes it launchable
 *       ({@link LaunchableVersions}: its full cmi5 package imported as a cmi5 course), records its packages, then
 *       writes its catalogue entry; earlier non-withdrawn versions never packaged are packaged too;</li>
 *   <li>every catalogue entry whose course no longer has a non-withdrawn version becomes WITHDRAWN (the
 *       updated-since feed reports it).</li>
 * </ol>
 * Durable and safe on several nodes: the database row of a version ({@code distribution_release}) is claimed by
 * one node; a failed packaging is retried by the next runs up to {@value #MAX_ATTEMPTS} attempts; a claim whose
 * node stopped is taken over after {@link #STALE_CLAIM}; and packages are deterministic, so a repeated build
 * stores the same bytes.
 */
public final class CatalogSync {

    /** Attempts to package a version before giving up (the failure stays recorded). */
    public static final int MAX_ATTEMPTS = 3;
    /** A claim older than this belongs to a node that stopped. */
    public static final Duration STALE_CLAIM = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(CatalogSync.class.getName());

    private final Transactor transactor;
    private final PublishedCourses published;
    private final VersionPackaging packaging;
    private final Clock clock;
    private final LaunchableVersions launchable;
    private final DistributionRepository repository = new DistributionRepository();

    public CatalogSync(Transactor transactor, PublishedCourses published, VersionPackaging packaging, Clock clock) {
        this(transactor, published, packaging, LaunchableVersions.NONE, clock);
    }

    /** A sync that also makes every packaged version launchable ({@link LaunchableVersions}). */
    public CatalogSync(Transactor transactor, PublishedCourses published, VersionPackaging packaging,
            LaunchableVersions launchable, Clock clock) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.published = Objects.requireNonNull(published, "published");
        this.packaging = Objects.requireNonNull(packaging, "packaging");
        this.launchable = Objects.requireNonNull(launchable, "launchable");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one run changed. */
    public record Outcome(int versionsPackaged, int entriesPublished, int entriesWithdrawn) {
    }

    /** One run (see the class comment); never throws for one course's failure. */
    public Outcome runOnce() {
        int packaged = 0;
        int publishedEntries = 0;
        int withdrawn = 0;
        Set<UUID> live = new HashSet<>();
        java.util.Map<UUID, DistributionRepository.ListedVersion> entries = new java.util.HashMap<>();
        transactor.inTransaction(repository::listedVersions).forEach(e -> entries.put(e.courseId(), e));
        for (VersionSummary version : published.catalogue()) {
            live.add(version.courseId());
            Optional<DistributionRepository.ListedVersion> entry = Optional.ofNullable(entries.get(version.courseId()));
            if (entry.isPresent() && entry.get().state() == DistributionRepository.EntryState.PUBLISHED
                    && entry.get().version() == version.number()) {
                continue;
            }
            Packaged result = ensurePackaged(version.courseId(), version.number());
            if (result == Packaged.NOW) {
                packaged++;
            }
            if (result == Packaged.NOT_READY) {
                continue;
            }
            PublishedCourse course = published.version(version.courseId(), version.number()).orElseThrow();
            List<DistributionRepository.PackageRow> packages = transactor.inTransaction(
                    c -> repository.packages(c, version.courseId(), version.number()));
            if (save(CatalogCards.published(course, packaging.courseIri(course.courseId()), packages, thumbnail(course), now()))) {
                publishedEntries++;
            }
            for (VersionSummary earlier : published.history(version.courseId())) {
                if (!earlier.withdrawn() && earlier.number() < version.number()
                        && ensurePackaged(earlier.courseId(), earlier.number()) == Packaged.NOW) {
                    packaged++;
                }
            }
        }
        for (DistributionRepository.ListedVersion entry : entries.values()) {
            if (entry.state() == DistributionRepository.EntryState.PUBLISHED && !live.contains(entry.courseId()) && save(CatalogCards.withdrawn(entry.courseId(), entry.version(), now()))) {
                withdrawn++;
            }
        }
        return new Outcome(packaged, publishedEntries, withdrawn);
    }

    private enum Packaged { BEFORE, NOW, NOT_READY }

    private Packaged ensurePackaged(UUID courseId, int number) {
        Optional<DistributionRepository.Release> release = transactor.inTransaction(
                c -> repository.release(c, courseId, number));
        if (release.isPresent() && release.get().status() == DistributionRepository.ReleaseStatus.READY) {
            return Packaged.BEFORE;
        }
        if (!claim(courseId, number, release.isPresent())) {
            return Packaged.NOT_READY;
        }
        try {
            PublishedCourse course = published.version(courseId, number).orElseThrow(
                    () -> new UnpackageableVersionException("version " + number + " of " + courseId + " is gone"));
            int attempt = release.map(r -> r.attempts() + 1).orElse(1);
            List<DistributionRepository.PackageRow> rows = packaging.packageVersion(course,
                    fullCmi5 -> makeLaunchable(courseId, number, fullCmi5, attempt));
            transactor.inTransaction(c -> {
                repository.markReady(c, courseId, number, rows, now());
                return null;
            });
            LOG.info(() -> "Packaged version " + number + " of course " + courseId + " (" + rows.size() + " packages)");
            return Packaged.NOW;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Packaging version " + number + " of course " + courseId + " failed", e);
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            transactor.inTransaction(c -> {
                repository.markFailed(c, courseId, number, reason, now());
                return null;
            });
            return Packaged.NOT_READY;
        }
    }

    /**
     * Registers the version for launching; a failure fails this packaging attempt (retried), except on the last
     * attempt: the app must not lose a course because the platform cannot launch it, so the version is then listed
     * without being launchable, and the failure logged.
     */
    private void makeLaunchable(UUID courseId, int number, java.nio.file.Path fullCmi5, int attempt) {
        try {
            launchable.register(courseId, number, fullCmi5);
        } catch (RuntimeException e) {
            if (attempt < MAX_ATTEMPTS) {
                throw e;
            }
            LOG.log(Level.SEVERE, "Version " + number + " of course " + courseId + " is offered to the app but could"
                    + " not be made launchable after " + attempt + " attempts", e);
        }
    }

    private boolean claim(UUID courseId, int number, boolean exists) {
        OffsetDateTime now = now();
        if (exists) {
            return transactor.inTransaction(c -> repository.reclaim(c, courseId, number, now, now.minus(STALE_CLAIM),
                    MAX_ATTEMPTS));
        }
        try {
            transactor.inTransaction(c -> {
                repository.insertClaim(c, courseId, number, now);
                return null;
            });
            return true;
        } catch (DataAccessException e) {
            if (e.isUniqueViolation()) {
                return false; // another node claimed it at the same moment
            }
            throw e;
        }
    }

    private boolean save(DistributionRepository.CatalogEntry entry) {
        try {
            transactor.inTransaction(c -> repository.save(c, entry));
            return true;
        } catch (DataAccessException e) {
            if (e.isUniqueViolation()) {
                return false; // another node wrote a change at the same moment: the next run writes this one
            }
            throw e;
        }
    }

    private Optional<String> thumbnail(PublishedCourse course) {
        try {
            if (course.coverImage() != null) {
                var manifest = course.coverImage().manifest();
                String key = course.coverImage().originalKey();
                for (String rendition : new String[] {"small", "thumbnail"}) { // the smallest one the pipeline wrote
                    if (manifest != null && manifest.path(rendition).hasNonNull("key")) {
                        key = manifest.path(rendition).get("key").asText();
                    }
                }
                return Optional.of(packaging.storeByHash(key));
            }
            for (PublishedCourse.Lesson lesson : course.lessons()) {
                for (PublishedCourse.Block block : lesson.blocks()) {
                    if (block instanceof PublishedCourse.Slides slides && !slides.slides().isEmpty()
                            && slides.slides().get(0).small() != null) {
                        return Optional.of(packaging.storeByHash(slides.slides().get(0).small().key()));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No thumbnail for course " + course.courseId(), e);
        }
        return Optional.empty();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
