package vn.hoctap.authoring.publishing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.authoring.json.AuthoringJson;
import vn.hoctap.core.persistence.Transactor;

/** {@link PublishedCourses} read from the stored snapshots, each call one transaction. */
public final class JdbcPublishedCourses implements PublishedCourses {

    private final Transactor transactor;
    private final VersionRepository versions = new VersionRepository();

    public JdbcPublishedCourses(Transactor transactor) {
        this.transactor = transactor;
    }

    @Override
    public Optional<PublishedCourse> version(UUID courseId, int number) {
        return transactor.inTransaction(c -> versions.version(c, courseId, number))
                .map(stored -> AuthoringJson.read(stored.snapshot(), PublishedCourse.class));
    }

    @Override
    public Optional<PublishedCourse> latest(UUID courseId) {
        return history(courseId).stream().filter(v -> !v.withdrawn()).findFirst()
                .flatMap(v -> version(courseId, v.number()));
    }

    @Override
    public List<VersionSummary> history(UUID courseId) {
        return transactor.inTransaction(c -> versions.history(c, courseId));
    }

    @Override
    public List<VersionSummary> catalogue() {
        return transactor.inTransaction(versions::catalogue);
    }
}
