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
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Statements and their link tables in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. Every query is
 * scoped by store and served by an index; paging is by keyset on {@code seq}, never OFFSET. Works on the
 * caller's connection and transaction.
 */
public final class StatementRepository {

    private static final String COLUMNS = "s.seq, s.statement_id, s.voided, s.credential_id, s.stored, s.statement_json";

    /** An activity's definition to record: its id, its key (SHA-256 of the id) and the definition as JSON. */
    public record ActivityDefinition(String activityId, String activityKey, String json) {
    }

    /**
     * Records the latest definitions of activities (for the Activities resource), given with their current
     * definitions ({@link #activityDefinitions}): changed ones are updated and new ones inserted with ON CONFLICT
     * DO NOTHING (H2 supports it in PostgreSQL mode), in two JDBC batches, so concurrent batches naming the same
     * activities neither block nor fail on each other. Callers pass definitions in key order, so row locks are
     * always taken in the same order (no deadlock).
     */
    public void saveActivityDefinitions(Connection c, UUID storeId, List<ActivityDefinition> definitions,
            java.util.Map<String, String> current) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                    "UPDATE lrs_activity SET definition = ? WHERE store_id = ? AND activity_key = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO lrs_activity (store_id, activity_key,"
                        + " activity_id, definition) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            boolean anyUpdate = false;
            boolean anyInsert = false;
            for (ActivityDefinition definition : definitions) {
                String earlier = current.get(definition.activityKey());
                if (earlier == null) {
                    insert.setObject(1, storeId);
                    insert.setString(2, definition.activityKey());
                    insert.setString(3, definition.activityId());
                    insert.setString(4, definition.json());
                    insert.addBatch();
                    anyInsert = true;
                } else if (!earlier.equals(definition.json())) {
                    update.setString(1, definition.json());
                    update.setObject(2, storeId);
                    update.setString(3, definition.activityKey());
                    update.addBatch();
                    anyUpdate = true;
                }
            }
            if (anyUpdate) {
                update.executeBatch();
            }
            if (anyInsert) {
                insert.executeBatch();
            }
        }
    }

    /** The latest definitions recorded for these activity keys, as JSON by key (one query per 500 keys). */
    public java.util.Map<String, String> activityDefinitions(Connection c, UUID storeId,
            java.util.Collection<String> activityKeys) throws SQLException {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        List<String> all = new ArrayList<>(activityKeys);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            try (PreparedStatement s = c.prepareStatement("SELECT activity_key, definition FROM lrs_activity"
                    + " WHERE store_id = ? AND activity_key IN (" + placeholders(chunk.size()) + ")")) {
                s.setObject(1, storeId);
                for (int k = 0; k < chunk.size(); k++) {
                    s.setString(k + 2, chunk.get(k));
                }
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
        }
        return found;
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

    /** The stored statements among these ids (one query per 500 ids). */
    public java.util.Map<UUID, StoredStatement> byIds(Connection c, UUID storeId, java.util.Collection<UUID> ids)
            throws SQLException {
        java.util.Map<UUID, StoredStatement> found = new java.util.HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM lrs_statement s"
                    + " WHERE s.store_id = ? AND s.statement_id IN (" + placeholders(chunk.size()) + ")")) {
                bindStoreAndIds(s, storeId, chunk);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        StoredStatement statement = rowOf(rows);
                        found.put(statement.id(), statement);
                    }
                }
            }
        }
        return found;
    }

    /** Which of these statement ids the store holds (voided or not). */
    public java.util.Set<UUID> storedIds(Connection c, UUID storeId, java.util.Collection<UUID> ids)
            throws SQLException {
        return idsAmong(c, storeId, "statement_id", ids);
    }

    /** Which of these ids are the voiding target of a stored statement. */
    public java.util.Set<UUID> voidedByStoredStatements(Connection c, UUID storeId, java.util.Collection<UUID> ids)
            throws SQLException {
        return idsAmong(c, storeId, "voiding_target", ids);
    }

    /** The values of a UUID column ({@code statement_id} or {@code voiding_target}) that are among these ids. */
    private static java.util.Set<UUID> idsAmong(Connection c, UUID storeId, String column,
            java.util.Collection<UUID> ids) throws SQLException {
        java.util.Set<UUID> found = new java.util.HashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM lrs_statement"
                    + " WHERE store_id = ? AND " + column + " IN (" + placeholders(chunk.size()) + ")")) {
                bindStoreAndIds(s, storeId, chunk);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        }
        return found;
    }

    private static void bindStoreAndIds(PreparedStatement s, UUID storeId, List<UUID> ids) throws SQLException {
        s.setObject(1, storeId);
        for (int i = 0; i < ids.size(); i++) {
            s.setObject(i + 2, ids.get(i));
        }
    }

    /** Marks these statements voided. */
    public void markVoided(Connection c, UUID storeId, java.util.Collection<UUID> ids) throws SQLException {
        for (List<UUID> chunk : chunks(ids)) {
            try (PreparedStatement s = c.prepareStatement("UPDATE lrs_statement SET voided = TRUE WHERE store_id = ?"
                    + " AND statement_id IN (" + placeholders(chunk.size()) + ")")) {
                bindStoreAndIds(s, storeId, chunk);
                s.executeUpdate();
            }
        }
    }

    /** A statement to insert, with everything its row and link rows need. */
    public record NewStatement(UUID id, String verbId, UUID registration, UUID voidingTarget, UUID refTarget,
            String json, StatementReferences references) {
    }

    /**
     * Inserts statements and their link rows with three batched statements in all (statements, agents,
     * activities), whatever the number of statements.
     */
    public void insertAll(Connection c, UUID storeId, OffsetDateTime stored, UUID credentialId,
            List<NewStatement> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        long[] seqs = new long[statements.size()];
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lrs_statement (store_id, statement_id, stored,"
                + " verb_id, registration, voiding_target, credential_id, statement_json, ref_target)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"seq"})) {
            for (NewStatement statement : statements) {
                s.setObject(1, storeId);
                s.setObject(2, statement.id());
                s.setObject(3, stored);
                s.setString(4, statement.verbId());
                s.setObject(5, statement.registration());
                s.setObject(6, statement.voidingTarget());
                s.setObject(7, credentialId);
                s.setString(8, statement.json());
                s.setObject(9, statement.refTarget());
                s.addBatch();
            }
            s.executeBatch();
            try (ResultSet keys = s.getGeneratedKeys()) {
                for (int i = 0; i < seqs.length; i++) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned fewer generated keys than rows inserted");
                    }
                    seqs[i] = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement agents = c.prepareStatement("INSERT INTO lrs_statement_agent (statement_seq, store_id,"
                + " ifi, usage, direct) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement activities = c.prepareStatement("INSERT INTO lrs_statement_activity (statement_seq,"
                        + " store_id, activity_id, usage, direct) VALUES (?, ?, ?, ?, ?)")) {
            boolean anyAgent = false;
            boolean anyActivity = false;
            for (int i = 0; i < seqs.length; i++) {
                for (StatementReferences.AgentUse agent : statements.get(i).references().agents()) {
                    agents.setLong(1, seqs[i]);
                    agents.setObject(2, storeId);
                    agents.setString(3, agent.ifi());
                    agents.setString(4, agent.usage());
                    agents.setBoolean(5, agent.direct());
                    agents.addBatch();
                    anyAgent = true;
                }
                for (StatementReferences.ActivityUse activity : statements.get(i).references().activities()) {
                    activities.setLong(1, seqs[i]);
                    activities.setObject(2, storeId);
                    activities.setString(3, activity.activityId());
                    activities.setString(4, activity.usage());
                    activities.setBoolean(5, activity.direct());
                    activities.addBatch();
                    anyActivity = true;
                }
            }
            if (anyAgent) {
                agents.executeBatch();
            }
            if (anyActivity) {
                activities.executeBatch();
            }
        }
    }

    private static List<List<UUID>> chunks(java.util.Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
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

    /** Statements matching the query, voided ones excluded, at most {@code limit + 1} (to know whether more exist). */
    public List<StoredStatement> query(Connection c, UUID storeId, StatementQuery query) throws SQLException {
        OptionalLong floor = OptionalLong.empty();
        if (query.since().isPresent()) {
            Optional<OptionalLong> sinceFloor = sinceFloor(c, storeId, query.since().get());
            if (sinceFloor.isEmpty()) {
                return List.of();
            }
            floor = sinceFloor.get();
        }
        List<Sql> sqls = queries(storeId, query, floor);
        List<StoredStatement> found = select(c, sqls.get(0));
        if (sqls.size() == 1) {
            return found;
        }
        List<StoredStatement> viaTarget = select(c, sqls.get(1));
        if (viaTarget.isEmpty()) {
            return found;
        }
        java.util.TreeMap<Long, StoredStatement> merged = new java.util.TreeMap<>(
                query.ascending() ? java.util.Comparator.<Long>naturalOrder() : java.util.Comparator.<Long>reverseOrder());
        found.forEach(statement -> merged.put(statement.seq(), statement));
        viaTarget.forEach(statement -> merged.put(statement.seq(), statement));
        return merged.values().stream().limit(query.limit() + 1L).toList();
    }

    /**
     * The PostgreSQL plans ({@code EXPLAIN (ANALYZE, BUFFERS)}, so the queries run) of the SQL {@link #query}
     * runs for this query, one text per SQL statement. For the LRS benchmark; PostgreSQL only.
     */
    public List<String> explain(Connection c, UUID storeId, StatementQuery query) throws SQLException {
        List<String> plans = new ArrayList<>();
        OptionalLong floor = query.since().isPresent()
                ? sinceFloor(c, storeId, query.since().get()).orElse(OptionalLong.empty()) : OptionalLong.empty();
        for (Sql sql : queries(storeId, query, floor)) {
            StringBuilder plan = new StringBuilder(sql.text()).append('\n');
            try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql.text())) {
                sql.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            plans.add(plan.toString());
        }
        return plans;
    }

    /** Below this many statements stored after {@code since}, queries get the exact lowest seq among them. */
    private static final int SINCE_FEW = 1000;

    /**
     * Where the statements stored after {@code since} start: empty when there are none; the lowest seq among them
     * when there are fewer than {@value #SINCE_FEW}; no floor (an empty OptionalLong) when there are more. Read
     * along the {@code (store_id, stored, seq)} index in stored order, so at most {@value #SINCE_FEW} + 1 index
     * entries. With the floor a page of a few recent statements is a short walk on seq, whatever plan the
     * database uses: PostgreSQL's generic plan of a prepared {@code stored > ?} walks every statement newest
     * first when none matches (1 s per query at 1,000,000 statements). Without a floor (many match) the time
     * is a filter the stored index cannot serve, so the page is read in seq order: with statistics older than
     * the newest statements PostgreSQL read every match by the stored index and sorted them (60 ms at 50,000).
     */
    private static Optional<OptionalLong> sinceFloor(Connection c, UUID storeId, OffsetDateTime since)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq FROM lrs_statement WHERE store_id = ? AND stored > ?"
                + " ORDER BY stored FETCH FIRST " + (SINCE_FEW + 1) + " ROWS ONLY")) {
            s.setObject(1, storeId);
            s.setObject(2, since);
            int count = 0;
            long lowest = Long.MAX_VALUE;
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    count++;
                    lowest = Math.min(lowest, rows.getLong(1));
                }
            }
            if (count == 0) {
                return Optional.empty();
            }
            return Optional.of(count > SINCE_FEW ? OptionalLong.empty() : OptionalLong.of(lowest));
        }
    }

    /** SQL text and its parameters. */
    private record Sql(String text, List<Object> parameters) {
        void bind(PreparedStatement s) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
        }
    }

    /**
     * The SQL of a query: the statements matching directly and, when the query has a filter a StatementRef's
     * target can match, the statements matching through their target.
     *
     * <p>With an agent or activity filter the direct query is driven by that link table: its index
     * ({@code store_id, ifi|activity_id, statement_seq, direct}) gives the matching statements' seqs already in
     * page order (a link table holds each agent and activity once per statement, see {@link StatementReferences},
     * so the join repeats no statement), and each statement row is then read by primary key until the page is
     * full. Walking {@code lrs_statement} newest first and probing the link table for each row (what an
     * {@code EXISTS} gave) reads every statement between two matches instead, and a {@code DISTINCT} made
     * PostgreSQL collect and sort every match.
     */
    private static List<Sql> queries(UUID storeId, StatementQuery query, OptionalLong floor) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder from = new StringBuilder("FROM ");
        String cursor = query.ascending() ? " > ?" : " < ?";
        Driver driver = query.agentIfi().isPresent() ? Driver.AGENT
                : query.activityId().isPresent() ? Driver.ACTIVITY : Driver.NONE;
        if (driver != Driver.NONE) {
            boolean agent = driver == Driver.AGENT;
            from.append(agent ? "lrs_statement_agent l JOIN lrs_statement s ON s.seq = l.statement_seq"
                            + " WHERE l.store_id = ? AND l.ifi = ?"
                            : "lrs_statement_activity l JOIN lrs_statement s ON s.seq = l.statement_seq"
                            + " WHERE l.store_id = ? AND l.activity_id = ?")
                    .append((agent ? query.relatedAgents() : query.relatedActivities()) ? "" : " AND l.direct");
            parameters.add(storeId);
            parameters.add(agent ? query.agentIfi().orElseThrow() : query.activityId().orElseThrow());
            if (query.afterSeq().isPresent()) {
                from.append(" AND l.statement_seq").append(cursor);
                parameters.add(query.afterSeq().getAsLong());
            }
            if (floor.isPresent()) {
                from.append(" AND l.statement_seq >= ?");
                parameters.add(floor.getAsLong());
            }
            from.append(" AND s.store_id = ? AND s.voided = FALSE");
        } else {
            from.append("lrs_statement s WHERE s.store_id = ? AND s.voided = FALSE");
        }
        parameters.add(storeId);
        List<Object> directParameters = new ArrayList<>();
        String direct = matches("s", query, directParameters, driver);
        parameters.addAll(directParameters);
        Sql first = select(from + direct, parameters, query, floor, driver == Driver.NONE ? "s.seq" : "l.statement_seq");
        if (driver == Driver.NONE && direct.isEmpty()) {
            return List.of(first);
        }
        // Statements whose object is a StatementRef also match through their target: a second query driven by
        // the few statements that have a target (index on ref_target), merged by seq. One query with an OR
        // would make the database walk every statement of the store.
        List<Object> targetParameters = new ArrayList<>();
        targetParameters.add(storeId);
        String throughTarget = matches("t", query, targetParameters, Driver.NONE);
        Sql second = select("FROM lrs_statement s JOIN lrs_statement t"
                + " ON t.store_id = s.store_id AND t.statement_id = s.ref_target"
                + " WHERE s.store_id = ? AND s.voided = FALSE AND s.ref_target IS NOT NULL" + throughTarget,
                targetParameters, query, floor, "s.seq");
        return List.of(first, second);
    }

    /** Which link table drives a query (its filter is then not repeated as a condition). */
    private enum Driver { AGENT, ACTIVITY, NONE }

    private static List<StoredStatement> select(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql.text())) {
            sql.bind(s);
            try (ResultSet rows = s.executeQuery()) {
                List<StoredStatement> statements = new ArrayList<>();
                while (rows.next()) {
                    statements.add(rowOf(rows));
                }
                return statements;
            }
        }
    }

    /** {@code SELECT} of statements {@code from} (alias {@code s}) with the query's time, scope and page limits. */
    private static Sql select(String from, List<Object> fromParameters, StatementQuery query, OptionalLong floor,
            String order) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " " + from);
        List<Object> parameters = new ArrayList<>(fromParameters);
        floor.ifPresent(lowest -> {
            sql.append(" AND s.seq >= ?");
            parameters.add(lowest);
        });
        query.since().ifPresent(since -> {
            // many statements stored since: a filter on the rows read in page order, never the stored index (a
            // planner whose statistics predate the newest rows would read them all by stored, then sort them)
            sql.append(floor.isPresent() ? " AND s.stored > ?" : " AND COALESCE(s.stored, s.stored) > ?");
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
        sql.append(" ORDER BY ").append(order).append(query.ascending() ? " ASC" : " DESC");
        sql.append(" FETCH FIRST ").append(query.limit() + 1).append(" ROWS ONLY");
        return new Sql(sql.toString(), parameters);
    }

    /**
     * The conditions of the filters a statement matches directly or through the statement its StatementRef
     * targets (verb, registration, agent, activity), each starting with " AND ", on the table alias {@code on}.
     */
    private static String matches(String on, StatementQuery query, List<Object> parameters, Driver driver) {
        StringBuilder sql = new StringBuilder();
        query.verbId().ifPresent(verb -> {
            sql.append(" AND ").append(on).append(".verb_id = ?");
            parameters.add(verb);
        });
        query.registration().ifPresent(registration -> {
            sql.append(" AND ").append(on).append(".registration = ?");
            parameters.add(registration);
        });
        query.agentIfi().filter(ifi -> driver != Driver.AGENT).ifPresent(ifi -> {
            sql.append(" AND EXISTS (SELECT 1 FROM lrs_statement_agent a WHERE a.store_id = ").append(on)
                    .append(".store_id AND a.ifi = ? AND a.statement_seq = ").append(on).append(".seq")
                    .append(query.relatedAgents() ? ")" : " AND a.direct)");
            parameters.add(ifi);
        });
        query.activityId().filter(activity -> driver != Driver.ACTIVITY).ifPresent(activity -> {
            sql.append(" AND EXISTS (SELECT 1 FROM lrs_statement_activity x WHERE x.store_id = ").append(on)
                    .append(".store_id AND x.activity_id = ? AND x.statement_seq = ").append(on).append(".seq")
                    .append(query.relatedActivities() ? ")" : " AND x.direct)");
            parameters.add(activity);
        });
        return sql.toString();
    }

    private static StoredStatement rowOf(ResultSet rows) throws SQLException {
        return new StoredStatement(rows.getLong("seq"), rows.getObject("statement_id", UUID.class),
                rows.getBoolean("voided"), rows.getObject("credential_id", UUID.class),
                rows.getObject("stored", OffsetDateTime.class), rows.getString("statement_json"));
    }
}
