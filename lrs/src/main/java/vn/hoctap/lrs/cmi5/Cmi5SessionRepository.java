package vn.hoctap.lrs.cmi5;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Launch sessions in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. Works on the caller's connection. */
public final class Cmi5SessionRepository {

    private static final String COLUMNS = "credential_id, store_id, session_id, registration, activity_id,"
            + " publisher_id, actor_ifi, launch_mode, mastery_score, launched_at, expires_at, initialized_at,"
            + " terminated_at, abandoned_at, last_statement_at, defined_verbs, completed, passed, failed";

    public void insert(Connection c, Cmi5Session s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO lrs_cmi5_session (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setObject(1, s.credentialId());
            p.setObject(2, s.storeId());
            p.setObject(3, s.sessionId());
            p.setObject(4, s.registration());
            p.setString(5, s.activityId());
            p.setString(6, s.publisherId());
            p.setString(7, s.actorIfi());
            p.setString(8, s.launchMode());
            p.setString(9, s.masteryScore().map(BigDecimal::toPlainString).orElse(null));
            p.setObject(10, s.launchedAt());
            p.setObject(11, s.expiresAt());
            p.setObject(12, s.initializedAt().orElse(null));
            p.setObject(13, s.terminatedAt().orElse(null));
            p.setObject(14, s.abandonedAt().orElse(null));
            p.setObject(15, s.lastStatementAt().orElse(null));
            p.setString(16, String.join(" ", s.definedVerbs()));
            p.setBoolean(17, s.completed());
            p.setBoolean(18, s.passed());
            p.setBoolean(19, s.failed());
            p.executeUpdate();
        }
    }

    /** Writes what a statement changed (the ids, actor and launch data never change). */
    public void update(Connection c, Cmi5Session s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE lrs_cmi5_session SET initialized_at = ?, terminated_at = ?,"
                + " abandoned_at = ?, last_statement_at = ?, defined_verbs = ?, completed = ?, passed = ?, failed = ?"
                + " WHERE credential_id = ?")) {
            p.setObject(1, s.initializedAt().orElse(null));
            p.setObject(2, s.terminatedAt().orElse(null));
            p.setObject(3, s.abandonedAt().orElse(null));
            p.setObject(4, s.lastStatementAt().orElse(null));
            p.setString(5, String.join(" ", s.definedVerbs()));
            p.setBoolean(6, s.completed());
            p.setBoolean(7, s.passed());
            p.setBoolean(8, s.failed());
            p.setObject(9, s.credentialId());
            p.executeUpdate();
        }
    }

    /** The session of a credential, locked for the rest of the transaction (its statements are checked in turn). */
    public Optional<Cmi5Session> byCredentialForUpdate(Connection c, UUID credentialId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM lrs_cmi5_session WHERE credential_id = ? FOR UPDATE", credentialId);
    }

    public Optional<Cmi5Session> byCredential(Connection c, UUID credentialId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM lrs_cmi5_session WHERE credential_id = ?", credentialId);
    }

    public Optional<Cmi5Session> bySessionId(Connection c, UUID sessionId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM lrs_cmi5_session WHERE session_id = ?", sessionId);
    }

    /** Every session of a registration, oldest first. */
    public List<Cmi5Session> ofRegistration(Connection c, UUID storeId, UUID registration) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                + " FROM lrs_cmi5_session WHERE store_id = ? AND registration = ? ORDER BY launched_at, session_id")) {
            p.setObject(1, storeId);
            p.setObject(2, registration);
            try (ResultSet rows = p.executeQuery()) {
                List<Cmi5Session> sessions = new ArrayList<>();
                while (rows.next()) {
                    sessions.add(sessionOf(rows));
                }
                return sessions;
            }
        }
    }

    /** What the sessions of a registration achieved, per AU (LMS activity id). */
    public Map<String, AuRecord> records(Connection c, UUID storeId, UUID registration) throws SQLException {
        Map<String, AuRecord> records = new HashMap<>();
        for (Cmi5Session s : ofRegistration(c, storeId, registration)) {
            records.merge(s.activityId(), new AuRecord(s.completed(), s.passed(), s.failed()), AuRecord::and);
        }
        return records;
    }

    private Optional<Cmi5Session> one(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, id);
            try (ResultSet rows = p.executeQuery()) {
                return rows.next() ? Optional.of(sessionOf(rows)) : Optional.empty();
            }
        }
    }

    private static Cmi5Session sessionOf(ResultSet r) throws SQLException {
        String verbs = r.getString("defined_verbs");
        return new Cmi5Session(r.getObject("credential_id", UUID.class), r.getObject("store_id", UUID.class),
                r.getObject("session_id", UUID.class), r.getObject("registration", UUID.class),
                r.getString("activity_id"), r.getString("publisher_id"), r.getString("actor_ifi"),
                r.getString("launch_mode"), Optional.ofNullable(r.getString("mastery_score")).map(BigDecimal::new),
                r.getObject("launched_at", OffsetDateTime.class), r.getObject("expires_at", OffsetDateTime.class),
                time(r, "initialized_at"), time(r, "terminated_at"), time(r, "abandoned_at"),
                time(r, "last_statement_at"),
                verbs.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(verbs.trim().split(" "))),
                r.getBoolean("completed"), r.getBoolean("passed"), r.getBoolean("failed"));
    }

    private static Optional<OffsetDateTime> time(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(r.getObject(column, OffsetDateTime.class));
    }
}
