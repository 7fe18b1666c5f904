package vn.hoctap.packager.launch;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Courses, registrations, launches, waivers and satisfied records of the cmi5 LMS side, in SQL that H2 (PostgreSQL
 * mode) and PostgreSQL both run. Works on the caller's connection.
 */
public final class Cmi5Repository {

    private static final ObjectMapper JSON = new ObjectMapper();

    public void insertCourse(Connection c, Cmi5Course course) throws SQLException {
        CourseStructure s = course.structure();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_course (id, publisher_id, title, description,"
                + " store_id, lms_key, file_count, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setObject(1, course.id());
            p.setString(2, s.publisherId());
            p.setString(3, s.title());
            p.setString(4, s.description());
            p.setObject(5, course.storeId());
            p.setString(6, course.lmsKey());
            p.setInt(7, course.fileCount());
            p.setObject(8, course.importedAt());
            p.setString(9, course.importedBy());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_block (course_id, position, publisher_id, title,"
                + " parent) VALUES (?, ?, ?, ?, ?)")) {
            for (StructureBlock b : s.blocks()) {
                p.setObject(1, course.id());
                p.setInt(2, b.index());
                p.setString(3, b.publisherId());
                p.setString(4, b.title());
                setInt(p, 5, b.parentIndex());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_au (course_id, position, publisher_id, title,"
                + " url, launch_method, move_on, mastery_score, launch_parameters, entitlement_key, activity_type, block)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AssignableUnit au : s.aus()) {
                p.setObject(1, course.id());
                p.setInt(2, au.index());
                p.setString(3, au.publisherId());
                p.setString(4, au.title());
                p.setString(5, au.url());
                p.setString(6, au.launchMethod().name());
                p.setString(7, au.moveOn().name());
                p.setString(8, au.masteryScore().map(BigDecimal::toPlainString).orElse(null));
                p.setString(9, au.launchParameters().orElse(null));
                p.setString(10, au.entitlementKey().orElse(null));
                p.setString(11, au.activityType().orElse(null));
                setInt(p, 12, au.blockIndex());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Records the cmi5 course of a packaged course version; a second one for the version is a unique violation. */
    public void insertPublishedVersion(Connection c, UUID courseId, int version, UUID cmi5Course) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_published_version (course_id, version,"
                + " cmi5_course) VALUES (?, ?, ?)")) {
            p.setObject(1, courseId);
            p.setInt(2, version);
            p.setObject(3, cmi5Course);
            p.executeUpdate();
        }
    }

    /** The cmi5 course of a packaged course version, if it was imported. */
    public Optional<UUID> publishedVersion(Connection c, UUID courseId, int version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT cmi5_course FROM cmi5_published_version"
                + " WHERE course_id = ? AND version = ?")) {
            p.setObject(1, courseId);
            p.setInt(2, version);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    public Optional<Cmi5Course> course(Connection c, UUID id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM cmi5_course WHERE id = ?")) {
            p.setObject(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Cmi5Course(id, new CourseStructure(r.getString("publisher_id"),
                        r.getString("title"), r.getString("description"), blocks(c, id), aus(c, id)),
                        r.getObject("store_id", UUID.class), r.getString("lms_key"), r.getInt("file_count"),
                        r.getObject("imported_at", OffsetDateTime.class), r.getString("imported_by")));
            }
        }
    }

    /** Every course id, newest import first. */
    public List<UUID> courseIds(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM cmi5_course ORDER BY imported_at DESC, id");
                ResultSet r = p.executeQuery()) {
            List<UUID> ids = new ArrayList<>();
            while (r.next()) {
                ids.add(r.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    private List<StructureBlock> blocks(Connection c, UUID courseId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM cmi5_block WHERE course_id = ? ORDER BY position")) {
            p.setObject(1, courseId);
            try (ResultSet r = p.executeQuery()) {
                List<StructureBlock> blocks = new ArrayList<>();
                while (r.next()) {
                    blocks.add(new StructureBlock(r.getInt("position"), r.getString("publisher_id"),
                            r.getString("title"), optionalInt(r, "parent")));
                }
                return blocks;
            }
        }
    }

    private List<AssignableUnit> aus(Connection c, UUID courseId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM cmi5_au WHERE course_id = ? ORDER BY position")) {
            p.setObject(1, courseId);
            try (ResultSet r = p.executeQuery()) {
                List<AssignableUnit> aus = new ArrayList<>();
                while (r.next()) {
                    aus.add(new AssignableUnit(r.getInt("position"), r.getString("publisher_id"), r.getString("title"),
                            r.getString("url"), LaunchMethod.valueOf(r.getString("launch_method")),
                            MoveOn.valueOf(r.getString("move_on")),
                            Optional.ofNullable(r.getString("mastery_score")).map(BigDecimal::new),
                            Optional.ofNullable(r.getString("launch_parameters")),
                            Optional.ofNullable(r.getString("entitlement_key")),
                            Optional.ofNullable(r.getString("activity_type")), optionalInt(r, "block")));
                }
                return aus;
            }
        }
    }

    public void insertRegistration(Connection c, Registration registration) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_registration (id, course_id, actor_ifi,"
                + " actor_json, created_at) VALUES (?, ?, ?, ?, ?)")) {
            p.setObject(1, registration.id());
            p.setObject(2, registration.courseId());
            p.setString(3, registration.actorIfi());
            p.setString(4, registration.actor().toString());
            p.setObject(5, registration.createdAt());
            p.executeUpdate();
        }
    }

    public Optional<Registration> registration(Connection c, UUID id) throws SQLException {
        return oneRegistration(c, "SELECT * FROM cmi5_registration WHERE id = ?", p -> p.setObject(1, id));
    }

    public Optional<Registration> registrationOf(Connection c, UUID courseId, String actorIfi) throws SQLException {
        return oneRegistration(c, "SELECT * FROM cmi5_registration WHERE course_id = ? AND actor_ifi = ?", p -> {
            p.setObject(1, courseId);
            p.setString(2, actorIfi);
        });
    }

    private interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    private Optional<Registration> oneRegistration(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Registration(r.getObject("id", UUID.class), r.getObject("course_id", UUID.class),
                            r.getString("actor_ifi"), JSON.readTree(r.getString("actor_json")),
                            r.getObject("created_at", OffsetDateTime.class)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a stored actor is not JSON", e);
                }
            }
        }
    }

    public void insertLaunch(Connection c, Launch launch) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_launch (session_id, registration, au,"
                + " launch_mode, fetch_token, credential_key, fetch_secret, launched_at, fetched_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setObject(1, launch.sessionId());
            p.setObject(2, launch.registration());
            p.setInt(3, launch.au());
            p.setString(4, launch.launchMode());
            p.setString(5, launch.fetchToken());
            p.setString(6, launch.credentialKey());
            p.setString(7, launch.fetchSecret().orElse(null));
            p.setObject(8, launch.launchedAt());
            p.setObject(9, launch.fetchedAt().orElse(null));
            p.executeUpdate();
        }
    }

    /** The launch with this fetch token, locked for the rest of the transaction. */
    public Optional<Launch> launchByFetchTokenForUpdate(Connection c, String token) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM cmi5_launch WHERE fetch_token = ? FOR UPDATE")) {
            p.setString(1, token);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(launchOf(r)) : Optional.empty();
            }
        }
    }

    /** Marks the launch fetched and forgets the secret. */
    public void markFetched(Connection c, UUID sessionId, OffsetDateTime at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE cmi5_launch SET fetched_at = ?, fetch_secret = NULL WHERE session_id = ?")) {
            p.setObject(1, at);
            p.setObject(2, sessionId);
            p.executeUpdate();
        }
    }

    public List<Launch> launches(Connection c, UUID registration) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT * FROM cmi5_launch WHERE registration = ? ORDER BY launched_at, session_id")) {
            p.setObject(1, registration);
            try (ResultSet r = p.executeQuery()) {
                List<Launch> launches = new ArrayList<>();
                while (r.next()) {
                    launches.add(launchOf(r));
                }
                return launches;
            }
        }
    }

    private static Launch launchOf(ResultSet r) throws SQLException {
        return new Launch(r.getObject("session_id", UUID.class), r.getObject("registration", UUID.class), r.getInt("au"),
                r.getString("launch_mode"), r.getString("fetch_token"), r.getString("credential_key"),
                Optional.ofNullable(r.getString("fetch_secret")),
                r.getObject("launched_at", OffsetDateTime.class),
                Optional.ofNullable(r.getObject("fetched_at", OffsetDateTime.class)));
    }

    /** Records a waiver; false when the AU was already waived in the registration. */
    public boolean insertWaiver(Connection c, UUID registration, int au, String reason, UUID sessionId,
            OffsetDateTime at) throws SQLException {
        if (waivedAus(c, registration).contains(au)) {
            return false;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_waiver (registration, au, reason, session_id,"
                + " waived_at) VALUES (?, ?, ?, ?, ?)")) {
            p.setObject(1, registration);
            p.setInt(2, au);
            p.setString(3, reason);
            p.setObject(4, sessionId);
            p.setObject(5, at);
            p.executeUpdate();
            return true;
        }
    }

    public Set<Integer> waivedAus(Connection c, UUID registration) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT au FROM cmi5_waiver WHERE registration = ?")) {
            p.setObject(1, registration);
            try (ResultSet r = p.executeQuery()) {
                Set<Integer> aus = new HashSet<>();
                while (r.next()) {
                    aus.add(r.getInt(1));
                }
                return aus;
            }
        }
    }

    /** Records that a satisfied statement was issued for the object; false when one already was. */
    public boolean insertSatisfied(Connection c, UUID registration, String objectId, UUID sessionId,
            OffsetDateTime at) throws SQLException {
        if (satisfied(c, registration).containsKey(objectId)) {
            return false;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cmi5_satisfied (registration, object_id, session_id,"
                + " satisfied_at) VALUES (?, ?, ?, ?)")) {
            p.setObject(1, registration);
            p.setString(2, objectId);
            p.setObject(3, sessionId);
            p.setObject(4, at);
            p.executeUpdate();
            return true;
        }
    }

    /** The objects (course, blocks) satisfied in the registration, with when. */
    public Map<String, OffsetDateTime> satisfied(Connection c, UUID registration) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT object_id, satisfied_at FROM cmi5_satisfied WHERE registration = ?")) {
            p.setObject(1, registration);
            try (ResultSet r = p.executeQuery()) {
                Map<String, OffsetDateTime> objects = new HashMap<>();
                while (r.next()) {
                    objects.put(r.getString(1), r.getObject(2, OffsetDateTime.class));
                }
                return objects;
            }
        }
    }

    private static void setInt(PreparedStatement p, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            p.setInt(index, value.get());
        } else {
            p.setNull(index, Types.INTEGER);
        }
    }

    private static Optional<Integer> optionalInt(ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
