package vn.hoctap.media.upload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Resumable uploads and their pieces in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. */
public final class UploadRepository {

    /** A stored piece: bytes {@code start .. start + length - 1} of the upload, in the object under {@code key}. */
    public record Piece(long start, long length, String key) {
    }

    private static final String COLUMNS = "id, declared_length, received, original_name, asset_id, created_at, expires_at";

    public void insert(Connection c, ResumableUpload upload) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO media_upload (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, upload.id());
            s.setLong(2, upload.declaredLength());
            s.setLong(3, upload.received());
            s.setString(4, upload.originalName().orElse(null));
            s.setObject(5, upload.assetId().orElse(null));
            s.setObject(6, upload.createdAt());
            s.setObject(7, upload.expiresAt());
            s.executeUpdate();
        }
    }

    public Optional<ResumableUpload> byId(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM media_upload WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ResumableUpload(rows.getObject(1, UUID.class), rows.getLong(2), rows.getLong(3),
                        Optional.ofNullable(rows.getString(4)), Optional.ofNullable(rows.getObject(5, UUID.class)),
                        rows.getObject(6, OffsetDateTime.class), rows.getObject(7, OffsetDateTime.class)));
            }
        }
    }

    /**
     * Records a piece stored at the offset {@code start}, if the upload still has received exactly {@code start}
     * bytes (another request may have appended first).
     *
     * @return {@code false} when the offset no longer matches; nothing was changed
     */
    public boolean appendPiece(Connection c, UUID id, Piece piece, OffsetDateTime expiresAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE media_upload SET received = ?, expires_at = ?"
                + " WHERE id = ? AND received = ? AND asset_id IS NULL")) {
            s.setLong(1, piece.start() + piece.length());
            s.setObject(2, expiresAt);
            s.setObject(3, id);
            s.setLong(4, piece.start());
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO media_upload_piece (upload_id, start_at, length, object_key) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setLong(2, piece.start());
            s.setLong(3, piece.length());
            s.setString(4, piece.key());
            s.executeUpdate();
        }
        return true;
    }

    public List<Piece> pieces(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT start_at, length, object_key FROM media_upload_piece WHERE upload_id = ? ORDER BY start_at")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                List<Piece> pieces = new ArrayList<>();
                while (rows.next()) {
                    pieces.add(new Piece(rows.getLong(1), rows.getLong(2), rows.getString(3)));
                }
                return pieces;
            }
        }
    }

    /** Marks the upload as having become the asset, and forgets its pieces (the caller deletes their objects). */
    public void complete(Connection c, UUID id, UUID assetId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE media_upload SET asset_id = ? WHERE id = ?")) {
            s.setObject(1, assetId);
            s.setObject(2, id);
            s.executeUpdate();
        }
        deletePieces(c, id);
    }

    /** Deletes the upload and its pieces' rows; {@code false} if there was none. */
    public boolean delete(Connection c, UUID id) throws SQLException {
        deletePieces(c, id);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM media_upload WHERE id = ?")) {
            s.setObject(1, id);
            return s.executeUpdate() == 1;
        }
    }

    /** Ids of the uploads that expired before {@code now}, at most {@code limit}. */
    public List<UUID> expiredBefore(Connection c, OffsetDateTime now, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM media_upload WHERE expires_at < ? ORDER BY expires_at LIMIT ?")) {
            s.setObject(1, now);
            s.setInt(2, limit);
            try (ResultSet rows = s.executeQuery()) {
                List<UUID> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
                return ids;
            }
        }
    }

    private static void deletePieces(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM media_upload_piece WHERE upload_id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }
}
