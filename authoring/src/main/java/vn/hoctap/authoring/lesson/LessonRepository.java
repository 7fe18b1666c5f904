package vn.hoctap.authoring.lesson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.authoring.json.AuthoringJson;

/** The lessons of course drafts, in SQL that H2 and PostgreSQL both run, on the caller's transaction. */
public final class LessonRepository {

    private static final String COLUMNS = "id, course_id, position, details, version, updated_at";

    public void insert(Connection c, Lesson lesson) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO authoring_lesson (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, lesson.id());
            s.setObject(2, lesson.courseId());
            s.setInt(3, lesson.position());
            s.setString(4, AuthoringJson.write(lesson.details()));
            s.setLong(5, lesson.version());
            s.setObject(6, lesson.updatedAt());
            s.executeUpdate();
        }
    }

    public Optional<Lesson> byId(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM authoring_lesson WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** The lessons of a course in order. */
    public List<Lesson> ofCourse(Connection c, UUID courseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM authoring_lesson WHERE course_id = ? ORDER BY position, id")) {
            s.setObject(1, courseId);
            List<Lesson> lessons = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    lessons.add(read(rows));
                }
            }
            return lessons;
        }
    }

    public int nextPosition(Connection c, UUID courseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM authoring_lesson WHERE course_id = ?")) {
            s.setObject(1, courseId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    public boolean updateDetails(Connection c, UUID id, long expectedVersion, LessonDetails details, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_lesson SET details = ?, version = version + 1,"
                + " updated_at = ? WHERE id = ? AND version = ?")) {
            s.setString(1, AuthoringJson.write(details));
            s.setObject(2, at);
            s.setObject(3, id);
            s.setLong(4, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    /** Records a change of the lesson's list of blocks: its version grows. */
    public void blocksChanged(Connection c, UUID id, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE authoring_lesson SET version = version + 1, updated_at = ? WHERE id = ?")) {
            s.setObject(1, at);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    /** Like {@link #blocksChanged}, only when the lesson is still at {@code expectedVersion}; locks the row. */
    public boolean blocksChangedAt(Connection c, UUID id, long expectedVersion, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE authoring_lesson SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
            s.setObject(1, at);
            s.setObject(2, id);
            s.setLong(3, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    public void move(Connection c, UUID id, int position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_lesson SET position = ? WHERE id = ?")) {
            s.setInt(1, position);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    public boolean delete(Connection c, UUID id, long expectedVersion) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM authoring_lesson WHERE id = ? AND version = ?")) {
            s.setObject(1, id);
            s.setLong(2, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    private static Lesson read(ResultSet rows) throws SQLException {
        return new Lesson(rows.getObject("id", UUID.class), rows.getObject("course_id", UUID.class),
                rows.getInt("position"), AuthoringJson.read(rows.getString("details"), LessonDetails.class),
                rows.getLong("version"), rows.getObject("updated_at", OffsetDateTime.class));
    }
}
