package vn.hoctap.lrs.statement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Statements and their link tables in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. Every query is
 * scoped by store and served by an index; paging is by keyset on {@code seq}, never OFFSET. Works on the
 * caller's connection and transaction.
 */
public final class StatementRepository {

    private static final String COLUMNS = "s.seq, s.statement_id, s.voided, s.credential_id, s.statement_json";

    /** Inserts the statement and its references; returns its sequence number. */
    public long insert(Connection c, UUID storeId, UUID id, OffsetDateTime stored, String verbId, UUID registration,
            UUID voidingTarget, UUID credentialId, String json, StatementReferences references) throws SQLException {
        return insert(c, storeId, id, stored, verbId, registration, voidingTarget, voidingTarget, credentialId, json,
                references);
    }

    /**
     * Inserts the statement and its references; returns its sequence number. {@code refTarget} is the id of the
     * statement a StatementRef object points to (null otherwise).
     */
    public long insert(Connection c, UUID storeId, UUID id, OffsetDateTime stored, String verbId, UUID registration,
            UUID voidingTarget, UUID refTarget, UUID credentialId, String json, StatementReferences references)
            throws SQLException {
        long seq;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lrs_statement (store_id, statement_id, stored,"
                + " verb_id, registration, voiding_target, credential_id, statement_json, ref_target)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setObject(1, storeId);
            s.setObject(2, id);
            s.setObject(3, stored);
            s.setString(4, verbId);
            s.setObject(5, registration);
            s.setObject(6, voidingTarget);
            s.setObject(7, credentialId);
            s.setString(8, json);
            s.setObject(9, refTarget);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lrs_statement_agent (statement_seq, store_id, ifi,"
                + " usage, direct) VALUES (?, ?, ?, ?, ?)")) {
            for (StatementReferences.AgentUse agent : references.agents()) {
                s.setLong(1, seq);
                s.setObject(2, storeId);
                s.setString(3, agent.ifi());
                s.setString(4, agent.usage());
                s.setBoolean(5, agent.direct());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lrs_statement_activity (statement_seq, store_id,"
                + " activity_id, usage, direct) VALUES (?, ?, ?, ?, ?)")) {
            for (StatementReferences.ActivityUse activity : references.activities()) {
                s.setLong(1, seq);
                s.setObject(2, storeId);
                s.setString(3, activity.activityId());
                s.setString(4, activity.usage());
                s.setBoolean(5, activity.direct());
                s.addBatch();
            }
            s.executeBatch();
        }
        return seq;
    }

    /**
     * Records the latest definition of an activity (for the Activities resource). Reads first and writes only a
     * new or changed definition; a new one is inserted with ON CONFLICT DO NOTHING (H2 supports it in PostgreSQL
     * mode), so concurrent batches naming the same activities neither block nor fail on each other. Callers write
     * a batch's definitions in key order, so row locks are always taken in the same order (no deadlock).
     */
    public void saveActivityDefinition(Connection c, UUID storeId, String activityId, String activityKey,
            String definitionJson) throws SQLException {
        Optional<String> current = activityDefinition(c, storeId, activityKey);
        if (current.isPresent()) {
            if (current.get().equals(definitionJson)) {
                return;
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE lrs_activity SET definition = ? WHERE store_id = ? AND activity_key = ?")) {
                update.setString(1, definitionJson);
                update.setObject(2, storeId);
                update.setString(3, activityKey);
                update.executeUpdate();
            }
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lrs_activity (store_id, activity_key,"
                + " activity_id, definition) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, storeId);
            insert.setString(2, activityKey);
            insert.setString(3, activityId);
            insert.setString(4, definitionJson);
            insert.executeUpdate();
        }
    }

    /** The latest definition recorded for the activity, as JSON. */
    public Optional<String> activityDefinition(Connection c, UUID storeId, String activityKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT definition FROM lrs_activity WHERE store_id = ? AND activity_key = ?")) {
            s.setObject(1, storeId);
            s.setString(2, activityKey);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<StoredStatement> byId(Connection c, UUID storeId, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM lrs_statement s WHERE s.store_id = ? AND s.statement_id = ?")) {
            s.setObject(1, storeId);
            s.setObject(2, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(rowOf(rows)) : Optional.empty();
            }
        }
    }

    /** Marks the statement voided; returns whether a statement was changed. */
    public boolean markVoided(Connection c, UUID storeId, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE lrs_statement SET voided = TRUE WHERE store_id = ? AND statement_id = ?")) {
            s.setObject(1, storeId);
            s.setObject(2, id);
            return s.executeUpdate() > 0;
        }
    }

    /** Whether a stored statement voids the statement with this id. */
    public boolean isVoidedByStoredStatement(Connection c, UUID storeId, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM lrs_statement WHERE store_id = ? AND voiding_target = ? FETCH FIRST 1 ROWS ONLY")) {
            s.setObject(1, storeId);
            s.setObject(2, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Statements matching the query, voided ones excluded, at most {@code limit + 1} (to know whether more exist). */
    public List<StoredStatement> query(Connection c, UUID storeId, StatementQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM lrs_statement s WHERE s.store_id = ?"
                + " AND s.voided = FALSE");
        List<Object> parameters = new ArrayList<>();
        parameters.add(storeId);
        List<Object> matchParameters = new ArrayList<>();
        String matchS = matches("s", query, matchParameters);
        if (!matchS.isEmpty()) {
            List<Object> targetParameters = new ArrayList<>();
            String matchT = matches("t", query, targetParameters);
            sql.append(" AND ((").append(matchS.substring(5)).append(") OR EXISTS (SELECT 1 FROM lrs_statement t"
                    + " WHERE t.store_id = s.store_id AND t.statement_id = s.ref_target").append(matchT).append("))");
            parameters.addAll(matchParameters);
            parameters.addAll(targetParameters);
        }
        query.since().ifPresent(since -> {
            sql.append(" AND s.stored > ?");
            parameters.add(since);
        });
        query.until().ifPresent(until -> {
            sql.append(" AND s.stored <= ?");
            parameters.add(until);
        });
        query.onlyCredential().ifPresent(credential -> {
            sql.append(" AND s.credential_id = ?");
            parameters.add(credential);
        });
        query.afterSeq().ifPresent(after -> {
            sql.append(query.ascending() ? " AND s.seq > ?" : " AND s.seq < ?");
            parameters.add(after);
        });
        sql.append(query.ascending() ? " ORDER BY s.seq ASC" : " ORDER BY s.seq DESC");
        sql.append(" FETCH FIRST ").append(query.limit() + 1).append(" ROWS ONLY");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = s.executeQuery()) {
                List<StoredStatement> statements = new ArrayList<>();
                while (rows.next()) {
                    statements.add(rowOf(rows));
                }
                return statements;
            }
        }
    }

    /**
     * The conditions of the filters a statement matches directly or through the statement its StatementRef
     * targets (verb, registration, agent, activity), each starting with " AND ", on the table alias {@code on}.
     */
    private static String matches(String on, StatementQuery query, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        query.verbId().ifPresent(verb -> {
            sql.append(" AND ").append(on).append(".verb_id = ?");
            parameters.add(verb);
        });
        query.registration().ifPresent(registration -> {
            sql.append(" AND ").append(on).append(".registration = ?");
            parameters.add(registration);
        });
        query.agentIfi().ifPresent(ifi -> {
            sql.append(" AND EXISTS (SELECT 1 FROM lrs_statement_agent a WHERE a.store_id = ").append(on)
                    .append(".store_id AND a.ifi = ? AND a.statement_seq = ").append(on).append(".seq")
                    .append(query.relatedAgents() ? ")" : " AND a.direct)");
            parameters.add(ifi);
        });
        query.activityId().ifPresent(activity -> {
            sql.append(" AND EXISTS (SELECT 1 FROM lrs_statement_activity x WHERE x.store_id = ").append(on)
                    .append(".store_id AND x.activity_id = ? AND x.statement_seq = ").append(on).append(".seq")
                    .append(query.relatedActivities() ? ")" : " AND x.direct)");
            parameters.add(activity);
        });
        return sql.toString();
    }

    private static StoredStatement rowOf(ResultSet rows) throws SQLException {
        return new StoredStatement(rows.getLong("seq"), rows.getObject("statement_id", UUID.class),
                rows.getBoolean("voided"), rows.getObject("credential_id", UUID.class), rows.getString("statement_json"));
    }
}
