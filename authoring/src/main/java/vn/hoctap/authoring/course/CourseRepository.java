package vn.hoctap.authoring.course;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.authoring.json.AuthoringJson;

/**
 * Course drafts in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. Runs on the caller's connection and
 * transaction. Updates that take an expected version change the row only when it still has that version and say
 * whether they did.
 */
public final class CourseRepository {

    private static final String COLUMNS = "id, owner, details, review_state, approved_revision, revision, version,"
            + " created_at, updated_at";
    /** Longest search text stored per course. */
    public static final int MAX_SEARCH_TEXT = 1_000_000;

    public void insert(Connection c, Course course, String searchText) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO authoring_course (" + COLUMNS
                + ", search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, course.id());
            s.setString(2, course.owner());
            s.setString(3, AuthoringJson.write(course.details()));
            s.setString(4, course.reviewState().name());
            s.setNull(5, Types.BIGINT);
            s.setLong(6, course.revision());
            s.setLong(7, course.version());
            s.setObject(8, course.createdAt());
            s.setObject(9, course.updatedAt());
            s.setString(10, truncate(searchText));
            s.executeUpdate();
        }
    }

    public Optional<Course> byId(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM authoring_course WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Replaces the details when the course is still at {@code expectedVersion}; counts as a change of the draft. */
    public boolean updateDetails(Connection c, UUID id, long expectedVersion, CourseDetails details, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_course SET details = ?, version = version + 1,"
                + " revision = revision + 1, review_state = CASE WHEN review_state = 'APPROVED' THEN 'DRAFT'"
                + " ELSE review_state END, updated_at = ? WHERE id = ? AND version = ?")) {
            s.setString(1, AuthoringJson.write(details));
            s.setObject(2, at);
            s.setObject(3, id);
            s.setLong(4, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Records a change of the draft below the course (a lesson or a block): the revision grows and an approval no
     * longer holds; with {@code structural} (lessons added, removed or reordered) the course's version grows too.
     */
    public void draftChanged(Connection c, UUID id, boolean structural, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_course SET revision = revision + 1,"
                + (structural ? " version = version + 1," : "")
                + " review_state = CASE WHEN review_state = 'APPROVED' THEN 'DRAFT' ELSE review_state END,"
                + " updated_at = ? WHERE id = ?")) {
            s.setObject(1, at);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    /**
     * A structural change of the draft under an If-Match (reordering lessons): like {@link #draftChanged} with
     * {@code structural}, but only when the course is still at {@code expectedVersion}. Locks the row, so that
     * concurrent structural changes run one after the other.
     */
    public boolean structuralChangeAt(Connection c, UUID id, long expectedVersion, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_course SET revision = revision + 1,"
                + " version = version + 1, review_state = CASE WHEN review_state = 'APPROVED' THEN 'DRAFT'"
                + " ELSE review_state END, updated_at = ? WHERE id = ? AND version = ?")) {
            s.setObject(1, at);
            s.setObject(2, id);
            s.setLong(3, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    /** Moves the draft to a review state when it is still at {@code expectedVersion}. */
    public boolean changeReviewState(Connection c, UUID id, long expectedVersion, ReviewState state,
            Long approvedRevision, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_course SET review_state = ?,"
                + " approved_revision = COALESCE(?, approved_revision), version = version + 1, updated_at = ?"
                + " WHERE id = ? AND version = ?")) {
            s.setString(1, state.name());
            if (approvedRevision == null) {
                s.setNull(2, Types.BIGINT);
            } else {
                s.setLong(2, approvedRevision);
            }
            s.setObject(3, at);
            s.setObject(4, id);
            s.setLong(5, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    public void updateSearchText(Connection c, UUID id, String searchText) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_course SET search_text = ? WHERE id = ?")) {
            s.setString(1, truncate(searchText));
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    /** Whether the course has published versions (which are never deleted). */
    public boolean hasVersions(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM authoring_course_version WHERE course_id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    public boolean delete(Connection c, UUID id, long expectedVersion) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM authoring_course WHERE id = ? AND version = ?")) {
            s.setObject(1, id);
            s.setLong(2, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    /**
     * Courses whose search text contains every term (terms already in {@code SearchText} form), newest change
     * first; only {@code owner}'s when given.
     */
    public List<Course> find(Connection c, Optional<String> owner, List<String> terms, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM authoring_course WHERE 1 = 1");
        owner.ifPresent(o -> sql.append(" AND owner = ?"));
        terms.forEach(t -> sql.append(" AND search_text LIKE ? ESCAPE '\\'"));
        sql.append(" ORDER BY updated_at DESC, id LIMIT ?");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (owner.isPresent()) {
                s.setString(i++, owner.get());
            }
            for (String term : terms) {
                s.setString(i++, "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            s.setInt(i, limit);
            List<Course> courses = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    courses.add(read(rows));
                }
            }
            return courses;
        }
    }

    private static Course read(ResultSet rows) throws SQLException {
        long approved = rows.getLong("approved_revision");
        Optional<Long> approvedRevision = rows.wasNull() ? Optional.empty() : Optional.of(approved);
        return new Course(rows.getObject("id", UUID.class), rows.getString("owner"),
                AuthoringJson.read(rows.getString("details"), CourseDetails.class),
                ReviewState.valueOf(rows.getString("review_state")), approvedRevision, rows.getLong("revision"),
                rows.getLong("version"), rows.getObject("created_at", OffsetDateTime.class),
                rows.getObject("updated_at", OffsetDateTime.class));
    }

    private static String truncate(String text) {
        return text.length() > MAX_SEARCH_TEXT ? text.substring(0, MAX_SEARCH_TEXT) : text;
    }
}
