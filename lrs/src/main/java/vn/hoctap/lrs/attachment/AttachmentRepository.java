package vn.hoctap.lrs.attachment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Attachment bytes per store, by sha2 (lower-case hex); the same content is kept once. Caller's connection. */
public final class AttachmentRepository {

    /** Keeps the part unless the store already has content with its sha2. */
    public void save(Connection c, UUID storeId, AttachmentPart part) throws SQLException {
        String sha2 = part.sha2().toLowerCase(Locale.ROOT);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM lrs_attachment WHERE store_id = ? AND sha2 = ?")) {
            s.setObject(1, storeId);
            s.setString(2, sha2);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO lrs_attachment (store_id, sha2, content_type, content) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, storeId);
            s.setString(2, sha2);
            s.setString(3, part.contentType());
            s.setBytes(4, part.content());
            s.executeUpdate();
        }
    }

    /** The stored parts among {@code sha2s}, in the order given (unknown ones left out). */
    public List<AttachmentPart> find(Connection c, UUID storeId, Collection<String> sha2s) throws SQLException {
        List<AttachmentPart> parts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT content_type, content FROM lrs_attachment WHERE store_id = ? AND sha2 = ?")) {
            for (String sha2 : sha2s) {
                s.setObject(1, storeId);
                s.setString(2, sha2.toLowerCase(Locale.ROOT));
                try (ResultSet rows = s.executeQuery()) {
                    if (rows.next()) {
                        parts.add(new AttachmentPart(sha2, rows.getString(1), rows.getBytes(2)));
                    }
                }
            }
        }
        return parts;
    }
}
