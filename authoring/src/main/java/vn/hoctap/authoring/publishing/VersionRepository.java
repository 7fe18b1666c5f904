package vn.hoctap.authoring.publishing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Published versions in SQL that H2 and PostgreSQL both run, on the caller's transaction. A snapshot is inserted
 * once and never updated; only the withdrawal columns are set, once.
 */
public final class VersionRepository {

    private static final String SUMMARY = "course_id, number, revision, published_at, published_by, snapshot_sha256,"
            + " withdrawn_at, withdrawn_by, withdraw_reason";

    /** A stored version: its summary, the snapshot JSON and the draft document it was made from. */
    public record StoredVersion(VersionSummary summary, String snapshot, String draftDocument) {
    }

    public void insert(Connection c, VersionSummary summary, String snapshot, String draftDocument) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO authoring_course_version (course_id, number,"
                + " snapshot, snapshot_sha256, draft_document, revision, published_at, published_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, summary.courseId());
            s.setInt(2, summary.number());
            s.setString(3, snapshot);
            s.setString(4, summary.snapshotSha256());
            s.setString(5, draftDocument);
            s.setLong(6, summary.revision());
            s.setObject(7, summary.publishedAt());
            s.setString(8, summary.publishedBy());
            s.executeUpdate();
        }
    }

    public int latestNumber(Connection c, UUID courseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(number), 0) FROM authoring_course_version WHERE course_id = ?")) {
            s.setObject(1, courseId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The versions of a course, newest first. */
    public List<VersionSummary> history(Connection c, UUID courseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMARY
                + " FROM authoring_course_version WHERE course_id = ? ORDER BY number DESC")) {
            s.setObject(1, courseId);
            List<VersionSummary> versions = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    versions.add(summary(rows));
                }
            }
            return versions;
        }
    }

    /** The newest version of every course that has one not withdrawn: the catalogue offered to learners. */
    public List<VersionSummary> catalogue(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMARY + " FROM authoring_course_version v"
                + " WHERE withdrawn_at IS NULL AND number = (SELECT MAX(w.number) FROM authoring_course_version w"
                + " WHERE w.course_id = v.course_id AND w.withdrawn_at IS NULL) ORDER BY published_at DESC, course_id")) {
            List<VersionSummary> versions = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    versions.add(summary(rows));
                }
            }
            return versions;
        }
    }

    public Optional<StoredVersion> version(Connection c, UUID courseId, int number) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMARY + ", snapshot, draft_document"
                + " FROM authoring_course_version WHERE course_id = ? AND number = ?")) {
            s.setObject(1, courseId);
            s.setInt(2, number);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredVersion(summary(rows), rows.getString("snapshot"),
                        rows.getString("draft_document")));
            }
        }
    }

    /** Marks a version withdrawn unless it already is; says whether it did. */
    public boolean withdraw(Connection c, UUID courseId, int number, OffsetDateTime at, String by, String reason)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE authoring_course_version SET withdrawn_at = ?,"
                + " withdrawn_by = ?, withdraw_reason = ? WHERE course_id = ? AND number = ? AND withdrawn_at IS NULL")) {
            s.setObject(1, at);
            s.setString(2, by);
            s.setString(3, reason);
            s.setObject(4, courseId);
            s.setInt(5, number);
            return s.executeUpdate() == 1;
        }
    }

    private static VersionSummary summary(ResultSet rows) throws SQLException {
        OffsetDateTime withdrawnAt = rows.getObject("withdrawn_at", OffsetDateTime.class);
        Optional<VersionSummary.Withdrawal> withdrawal = withdrawnAt == null ? Optional.empty()
                : Optional.of(new VersionSummary.Withdrawal(withdrawnAt, rows.getString("withdrawn_by"),
                        rows.getString("withdraw_reason")));
        return new VersionSummary(rows.getObject("course_id", UUID.class), rows.getInt("number"),
                rows.getLong("revision"), rows.getObject("published_at", OffsetDateTime.class),
                rows.getString("published_by"), rows.getString("snapshot_sha256"), withdrawal);
    }
}
