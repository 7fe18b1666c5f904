package vn.hoctap.media.asset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.hoctap.media.detect.MediaKind;

/** Media assets and their history in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
public final class AssetRepository {

    private static final String COLUMNS = "id, sha256, size_bytes, kind, mime_type, original_name, original_key,"
            + " status, progress, manifest, created_at, updated_at";

    public void insert(Connection c, MediaAsset asset) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO media_asset (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, asset.id());
            s.setString(2, asset.sha256());
            s.setLong(3, asset.sizeBytes());
            s.setString(4, asset.kind().name());
            s.setString(5, asset.mimeType());
            s.setString(6, asset.originalName().orElse(null));
            s.setString(7, asset.originalKey());
            s.setString(8, asset.status().name());
            s.setInt(9, asset.progress());
            s.setString(10, asset.manifest().orElse(null));
            s.setObject(11, asset.createdAt());
            s.setObject(12, asset.updatedAt());
            s.executeUpdate();
        }
    }

    public Optional<MediaAsset> byId(Connection c, UUID id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM media_asset WHERE id = ?", id);
    }

    public Optional<MediaAsset> bySha256(Connection c, String sha256) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM media_asset WHERE sha256 = ?", sha256);
    }

    /** Moves the asset to a status (with progress and, for READY, the manifest) and records why. */
    public void transition(Connection c, UUID id, AssetStatus status, int progress, String manifest, String reason,
            OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE media_asset SET status = ?, progress = ?,"
                + " manifest = COALESCE(?, manifest), updated_at = ? WHERE id = ?")) {
            s.setString(1, status.name());
            s.setInt(2, progress);
            s.setString(3, manifest);
            s.setObject(4, at);
            s.setObject(5, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO media_asset_event (asset_id, at, status, reason) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setObject(2, at);
            s.setString(3, status.name());
            s.setString(4, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            s.executeUpdate();
        }
    }

    /**
     * Moves the asset to {@code status} only if it is in one of {@code from} (a cancelled job is never made ready
     * by the node that was running it), and records why.
     *
     * @return whether the asset was moved
     */
    public boolean transitionFrom(Connection c, UUID id, Set<AssetStatus> from, AssetStatus status, int progress,
            String manifest, String reason, OffsetDateTime at) throws SQLException {
        Optional<MediaAsset> current = lock(c, id);
        if (current.isEmpty() || !from.contains(current.get().status())) {
            return false;
        }
        transition(c, id, status, progress, manifest, reason, at);
        return true;
    }

    /** The asset, its row locked until the transaction ends (captions rewrite the manifest one at a time). */
    public Optional<MediaAsset> lock(Connection c, UUID id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM media_asset WHERE id = ? FOR UPDATE", id);
    }

    /** Replaces the manifest of the asset (captions added to a ready asset). */
    public void replaceManifest(Connection c, UUID id, String manifest, String reason, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE media_asset SET manifest = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, manifest);
            s.setObject(2, at);
            s.setObject(3, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO media_asset_event (asset_id, at, status, reason) SELECT id, ?, status, ? FROM media_asset WHERE id = ?")) {
            s.setObject(1, at);
            s.setString(2, reason);
            s.setObject(3, id);
            s.executeUpdate();
        }
    }

    public void progress(Connection c, UUID id, int percent, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE media_asset SET progress = ?, updated_at = ? WHERE id = ? AND status = 'PROCESSING'")) {
            s.setInt(1, percent);
            s.setObject(2, at);
            s.setObject(3, id);
            s.executeUpdate();
        }
    }

    /** Assets (their processing jobs), most recently changed first, optionally of one status only. */
    public List<MediaAsset> page(Connection c, Optional<AssetStatus> status, int limit, int offset) throws SQLException {
        String where = status.isPresent() ? " WHERE status = ?" : "";
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM media_asset" + where
                + " ORDER BY updated_at DESC, id LIMIT ? OFFSET ?")) {
            int i = 1;
            if (status.isPresent()) {
                s.setString(i++, status.get().name());
            }
            s.setInt(i++, limit);
            s.setInt(i, offset);
            return many(s);
        }
    }

    public long count(Connection c, Optional<AssetStatus> status) throws SQLException {
        String where = status.isPresent() ? " WHERE status = ?" : "";
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM media_asset" + where)) {
            if (status.isPresent()) {
                s.setString(1, status.get().name());
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Assets changed at or after {@code since}, oldest change first, at most {@code limit}. */
    public List<MediaAsset> changedSince(Connection c, OffsetDateTime since, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM media_asset WHERE updated_at >= ?"
                + " ORDER BY updated_at, id LIMIT ?")) {
            s.setObject(1, since);
            s.setInt(2, limit);
            return many(s);
        }
    }

    /** The assets among {@code ids} whose status is {@code status}. */
    public List<UUID> withStatus(Connection c, java.util.Collection<UUID> ids, AssetStatus status) throws SQLException {
        List<UUID> found = new ArrayList<>();
        if (ids.isEmpty()) {
            return found;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM media_asset WHERE status = ? AND id IN (" + marks + ")")) {
            int i = 1;
            s.setString(i++, status.name());
            for (UUID id : ids) {
                s.setObject(i++, id);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    public List<AssetEvent> history(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT at, status, reason FROM media_asset_event WHERE asset_id = ? ORDER BY id")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                List<AssetEvent> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(new AssetEvent(rows.getObject(1, OffsetDateTime.class),
                            AssetStatus.valueOf(rows.getString(2)), rows.getString(3)));
                }
                return events;
            }
        }
    }

    private static Optional<MediaAsset> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            List<MediaAsset> found = many(s);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<MediaAsset> many(PreparedStatement s) throws SQLException {
        try (ResultSet rows = s.executeQuery()) {
            List<MediaAsset> assets = new ArrayList<>();
            while (rows.next()) {
                assets.add(new MediaAsset(rows.getObject("id", UUID.class), rows.getString("sha256"),
                        rows.getLong("size_bytes"), MediaKind.valueOf(rows.getString("kind")), rows.getString("mime_type"),
                        Optional.ofNullable(rows.getString("original_name")), rows.getString("original_key"),
                        AssetStatus.valueOf(rows.getString("status")), rows.getInt("progress"),
                        Optional.ofNullable(rows.getString("manifest")),
                        rows.getObject("created_at", OffsetDateTime.class), rows.getObject("updated_at", OffsetDateTime.class)));
            }
            return assets;
        }
    }
}
