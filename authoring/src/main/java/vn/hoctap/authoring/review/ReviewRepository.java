package vn.hoctap.authoring.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Review decisions in SQL that H2 and PostgreSQL both run, on the caller's transaction. */
public final class ReviewRepository {

    public void insert(Connection c, UUID courseId, long revision, String reviewer, ReviewDecision decision,
            String comment, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO authoring_review"
                + " (course_id, revision, reviewer, decision, comment, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, courseId);
            s.setLong(2, revision);
            s.setString(3, reviewer);
            s.setString(4, decision.name());
            s.setString(5, comment);
            s.setObject(6, at);
            s.executeUpdate();
        }
    }

    /** The reviews of a course, oldest first. */
    public List<Review> ofCourse(Connection c, UUID courseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, course_id, revision, reviewer, decision, comment, at"
                + " FROM authoring_review WHERE course_id = ? ORDER BY id")) {
            s.setObject(1, courseId);
            List<Review> reviews = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    reviews.add(new Review(rows.getLong(1), rows.getObject(2, UUID.class), rows.getLong(3),
                            rows.getString(4), ReviewDecision.valueOf(rows.getString(5)), rows.getString(6),
                            rows.getObject(7, OffsetDateTime.class)));
                }
            }
            return reviews;
        }
    }
}
