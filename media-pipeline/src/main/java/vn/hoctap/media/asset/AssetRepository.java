package vn.hoctap.media.asset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    public void progress(Connection c, UUID id, int percent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE media_asset SET progress = ? WHERE id = ?")) {
            s.setInt(1, percent);
            s.setObject(2, id);
            s.executeUpdate();
        }
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
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new MediaAsset(rows.getObject("id", UUID.class), rows.getString("sha256"),
                        rows.getLong("size_bytes"), MediaKind.valueOf(rows.getString("kind")), rows.getString("mime_type"),
                        Optional.ofNullable(rows.getString("original_name")), rows.getString("original_key"),
                        AssetStatus.valueOf(rows.getString("status")), rows.getInt("progress"),
                        Optional.ofNullable(rows.getString("manifest")),
                        rows.getObject("created_at", OffsetDateTime.class), rows.getObject("updated_at", OffsetDateTime.class)));
            }
        }
    }
}
