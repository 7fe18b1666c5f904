package vn.hoctap.authoring.block;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.authoring.json.AuthoringJson;

/** The blocks of lessons, in SQL that H2 and PostgreSQL both run, on the caller's transaction. */
public final class BlockRepository {

    private static final String COLUMNS = "b.id, b.lesson_id, b.position, b.content, b.version, b.updated_at";

    public void insert(Connection c, Block block) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO authoring_block"
                + " (id, lesson_id, position, kind, content, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, block.id());
            s.setObject(2, block.lessonId());
            s.setInt(3, block.position());
            s.setString(4, block.content().type());
            s.setString(5, AuthoringJson.write(block.content()));
            s.setLong(6, block.version());
            s.setObject(7, block.updatedAt());
            s.executeUpdate();
        }
    }

    public Optional<Block> byId(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM authoring_block b WHERE b.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** The blocks of a lesson in order. */
    public List<Block> ofLesson(Connection c, UUID lessonId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM authoring_block b WHERE b.lesson_id = ? ORDER BY b.position, b.id")) {
            s.setObject(1, lessonId);
            return list(s);
        }
    }

    /** The blocks of every lesson of a course, by lesson id, each list in order. */
    public Map<UUID, List<Block>> ofCourse(Connection c, UUID courseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM authoring_block b"
                + " JOIN authoring_lesson l ON l.id = b.lesson_id WHERE l.course_id = ? ORDER BY b.lesson_id, b.position, b.id")) {
            s.setObject(1, courseId);
            Map<UUID, List<Block>> byLesson = new LinkedHashMap<>();
            for (Block block : list(s)) {
                byLesson.computeIfAbsent(block.lessonId(), id -> new ArrayList<>()).add(block);
            }
            return byLesson;
        }
    }

    public int nextPosition(Connection c, UUID lessonId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM authoring_block WHERE lesson_id = ?")) {
            s.setObject(1, lessonId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    public boolean update(Connection c, UUID id, long expectedVersion, BlockContent content, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_block SET kind = ?, content = ?,"
                + " version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
            s.setString(1, content.type());
            s.setString(2, AuthoringJson.write(content));
            s.setObject(3, at);
            s.setObject(4, id);
            s.setLong(5, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    public void move(Connection c, UUID id, int position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_block SET position = ? WHERE id = ?")) {
            s.setInt(1, position);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    public boolean delete(Connection c, UUID id, long expectedVersion) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM authoring_block WHERE id = ? AND version = ?")) {
            s.setObject(1, id);
            s.setLong(2, expectedVersion);
            return s.executeUpdate() == 1;
        }
    }

    private static List<Block> list(PreparedStatement s) throws SQLException {
        List<Block> blocks = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                blocks.add(read(rows));
            }
        }
        return blocks;
    }

    private static Block read(ResultSet rows) throws SQLException {
        return new Block(rows.getObject("id", UUID.class), rows.getObject("lesson_id", UUID.class),
                rows.getInt("position"), AuthoringJson.read(rows.getString("content"), BlockContent.class),
                rows.getLong("version"), rows.getObject("updated_at", OffsetDateTime.class));
    }
}
