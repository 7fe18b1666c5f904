package vn.hoctap.packager.distribution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain JDBC over the tables {@code distribution_release}, {@code distribution_package} and
 * {@code catalog_entry}. Takes the connection of the caller's transaction; never commits.
 */
public final class DistributionRepository {

    /** The packaging of one course version. */
    public record Release(UUID courseId, int version, ReleaseStatus status, int attempts, OffsetDateTime updatedAt,
            Optional<String> failure) {
    }

    /** Where a version's packaging stands. */
    public enum ReleaseStatus { PACKAGING, READY, FAILED }

    /** One stored package of a ready version and its file manifest. */
    public record PackageRow(UUID courseId, int version, String format, String variant, String objectKey,
            String fileName, long size, String sha256, String manifestKey, String manifestSha256, int fileCount) {
    }

    /** What the catalogue offers of a course, or that it was withdrawn. */
    public record CatalogEntry(UUID courseId, int version, EntryState state, long seq, OffsetDateTime changedAt,
            List<String> languages, List<String> tags, String searchText, String card) {
        public CatalogEntry {
            languages = List.copyOf(languages);
            tags = List.copyOf(tags);
        }
    }

    /** Whether a course is offered. */
    public enum EntryState { PUBLISHED, WITHDRAWN }

    public Optional<Release> release(Connection c, UUID courseId, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT status, attempts, updated_at, failure FROM"
                + " distribution_release WHERE course_id = ? AND version = ?")) {
            s.setObject(1, courseId);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Release(courseId, version, ReleaseStatus.valueOf(r.getString(1)), r.getInt(2),
                        r.getObject(3, OffsetDateTime.class), Optional.ofNullable(r.getString(4))));
            }
        }
    }

    /** Records a first claim; a unique violation means another node claimed the version first. */
    public void insertClaim(Connection c, UUID courseId, int version, OffsetDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO distribution_release (course_id, version, status,"
                + " attempts, updated_at) VALUES (?, ?, 'PACKAGING', 1, ?)")) {
            s.setObject(1, courseId);
            s.setInt(2, version);
            s.setObject(3, utc(now));
            s.executeUpdate();
        }
    }

    /**
     * Claims again a version whose packaging failed fewer than {@code maxAttempts} times, or whose packaging node
     * stopped before {@code staleBefore}.
     *
     * @return whether this call claimed it
     */
    public boolean reclaim(Connection c, UUID courseId, int version, OffsetDateTime now, OffsetDateTime staleBefore,
            int maxAttempts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE distribution_release SET status = 'PACKAGING',"
                + " attempts = attempts + 1, updated_at = ? WHERE course_id = ? AND version = ? AND attempts < ? AND"
                + " ((status = 'PACKAGING' AND updated_at < ?) OR status = 'FAILED')")) {
            s.setObject(1, utc(now));
            s.setObject(2, courseId);
            s.setInt(3, version);
            s.setInt(4, maxAttempts);
            s.setObject(5, utc(staleBefore));
            return s.executeUpdate() == 1;
        }
    }

    public void markFailed(Connection c, UUID courseId, int version, String failure, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE distribution_release SET status = 'FAILED',"
                + " failure = ?, updated_at = ? WHERE course_id = ? AND version = ?")) {
            s.setString(1, failure.length() > 2000 ? failure.substring(0, 2000) : failure);
            s.setObject(2, utc(now));
            s.setObject(3, courseId);
            s.setInt(4, version);
            s.executeUpdate();
        }
    }

    /** Stores the packages of a version and marks it READY. */
    public void markReady(Connection c, UUID courseId, int version, List<PackageRow> packages, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM distribution_package WHERE course_id = ? AND"
                + " version = ?")) {
            d.setObject(1, courseId);
            d.setInt(2, version);
            d.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO distribution_package (course_id, version, format,"
                + " variant, object_key, file_name, size_bytes, sha256, manifest_key, manifest_sha256, file_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PackageRow p : packages) {
                s.setObject(1, courseId);
                s.setInt(2, version);
                s.setString(3, p.format());
                s.setString(4, p.variant());
                s.setString(5, p.objectKey());
                s.setString(6, p.fileName());
                s.setLong(7, p.size());
                s.setString(8, p.sha256());
                s.setString(9, p.manifestKey());
                s.setString(10, p.manifestSha256());
                s.setInt(11, p.fileCount());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE distribution_release SET status = 'READY',"
                + " failure = NULL, updated_at = ? WHERE course_id = ? AND version = ?")) {
            s.setObject(1, utc(now));
            s.setObject(2, courseId);
            s.setInt(3, version);
            s.executeUpdate();
        }
    }

    /** The packages of a version in format then variant order (empty unless it is READY). */
    public List<PackageRow> packages(Connection c, UUID courseId, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT format, variant, object_key, file_name, size_bytes,"
                + " sha256, manifest_key, manifest_sha256, file_count FROM distribution_package WHERE course_id = ?"
                + " AND version = ? ORDER BY format, variant")) {
            s.setObject(1, courseId);
            s.setInt(2, version);
            List<PackageRow> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new PackageRow(courseId, version, r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getLong(5), r.getString(6), r.getString(7), r.getString(8), r.getInt(9)));
                }
            }
            return rows;
        }
    }

    public Optional<CatalogEntry> entry(Connection c, UUID courseId) throws SQLException {
        List<CatalogEntry> found = select(c, "WHERE course_id = ?", List.of(courseId), 1);
        return found.stream().findFirst();
    }

    /** Which version of a course the catalogue lists, and in which state (an entry without its card). */
    public record ListedVersion(UUID courseId, int version, EntryState state) {
    }

    /** Every entry, published or withdrawn, without card or search text (what the sync compares). */
    public List<ListedVersion> listedVersions(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT course_id, version, state FROM catalog_entry");
                ResultSet r = s.executeQuery()) {
            List<ListedVersion> listed = new ArrayList<>();
            while (r.next()) {
                listed.add(new ListedVersion(r.getObject(1, UUID.class), r.getInt(2), EntryState.valueOf(r.getString(3))));
            }
            return listed;
        }
    }

    /**
     * Inserts or replaces the entry of a course with the next change sequence number.
     *
     * @throws SQLException a unique violation when another node wrote a change at the same moment
     */
    public CatalogEntry save(Connection c, CatalogEntry entry) throws SQLException {
        long seq;
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM catalog_entry");
                ResultSet r = s.executeQuery()) {
            r.next();
            seq = r.getLong(1);
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM catalog_entry WHERE course_id = ?")) {
            d.setObject(1, entry.courseId());
            d.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO catalog_entry (course_id, version, state, seq,"
                + " changed_at, languages, tags, search_text, card) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, entry.courseId());
            s.setInt(2, entry.version());
            s.setString(3, entry.state().name());
            s.setLong(4, seq);
            s.setObject(5, utc(entry.changedAt()));
            s.setString(6, delimited(entry.languages()));
            s.setString(7, delimited(entry.tags()));
            s.setString(8, entry.searchText());
            s.setString(9, entry.card());
            s.executeUpdate();
        }
        return new CatalogEntry(entry.courseId(), entry.version(), entry.state(), seq, entry.changedAt(),
                entry.languages(), entry.tags(), entry.searchText(), entry.card());
    }

    /**
     * One page of the catalogue in change order: entries after {@code afterSeq}; PUBLISHED only, unless
     * {@code changedSince} is given (then withdrawals since then too).
     */
    public List<CatalogEntry> page(Connection c, CatalogQuery query) throws SQLException {
        StringBuilder where = new StringBuilder("WHERE seq > ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.afterSeq());
        if (query.updatedSince().isPresent()) {
            where.append(" AND changed_at > ?");
            parameters.add(utc(query.updatedSince().get()));
        } else {
            where.append(" AND state = 'PUBLISHED'");
        }
        if (query.language().isPresent()) {
            where.append(" AND languages LIKE ?");
            parameters.add("%|" + query.language().get() + "|%");
        }
        if (query.tag().isPresent()) {
            where.append(" AND tags LIKE ? ESCAPE '!'");
            parameters.add("%|" + likeEscaped(query.tag().get()) + "|%");
        }
        for (String term : query.searchTerms()) {
            where.append(" AND search_text LIKE ? ESCAPE '!'");
            parameters.add("%" + likeEscaped(term) + "%");
        }
        return select(c, where + " ORDER BY seq", parameters, query.limit());
    }

    private List<CatalogEntry> select(Connection c, String clause, List<Object> parameters, int limit)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT course_id, version, state, seq, changed_at, languages,"
                + " tags, search_text, card FROM catalog_entry " + clause)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            s.setMaxRows(limit);
            List<CatalogEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new CatalogEntry(r.getObject(1, UUID.class), r.getInt(2),
                            EntryState.valueOf(r.getString(3)), r.getLong(4),
                            r.getObject(5, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                            split(r.getString(6)), split(r.getString(7)), r.getString(8), r.getString(9)));
                }
            }
            return entries;
        }
    }

    private static String delimited(List<String> values) {
        return values.isEmpty() ? "" : "|" + String.join("|", values) + "|";
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of()
                : Arrays.stream(text.split("\\|")).filter(s -> !s.isEmpty()).toList();
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
