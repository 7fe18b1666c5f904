package vn.hoctap.lrs.document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Documents in SQL that H2 (PostgreSQL mode) and PostgreSQL both run, on the caller's connection. */
public final class DocumentRepository {

    public Optional<Document> find(Connection c, UUID storeId, DocumentScope scope, String documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT document_id, content, content_type, etag, updated"
                + " FROM lrs_document WHERE store_id = ? AND document_key = ?")) {
            s.setObject(1, storeId);
            s.setString(2, scope.documentKey(documentId));
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(new Document(rows.getString(1), rows.getBytes(2), rows.getString(3),
                        rows.getString(4), rows.getObject(5, OffsetDateTime.class))) : Optional.empty();
            }
        }
    }

    /** Inserts or replaces the document. */
    public void save(Connection c, UUID storeId, DocumentScope scope, Document document) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE lrs_document SET content = ?, content_type = ?,"
                + " etag = ?, updated = ? WHERE store_id = ? AND document_key = ?")) {
            update.setBytes(1, document.content());
            update.setString(2, document.contentType());
            update.setString(3, document.etag());
            update.setObject(4, document.updated());
            update.setObject(5, storeId);
            update.setString(6, scope.documentKey(document.documentId()));
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lrs_document (store_id, kind, scope_key,"
                + " document_key, document_id, content_type, content, etag, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, storeId);
            insert.setString(2, scope.kind().name());
            insert.setString(3, scope.key());
            insert.setString(4, scope.documentKey(document.documentId()));
            insert.setString(5, document.documentId());
            insert.setString(6, document.contentType());
            insert.setBytes(7, document.content());
            insert.setString(8, document.etag());
            insert.setObject(9, document.updated());
            insert.executeUpdate();
        }
    }

    /** Ids of the scope's documents, changed after {@code since} when given, in id order. */
    public List<String> ids(Connection c, UUID storeId, DocumentScope scope, Optional<OffsetDateTime> since)
            throws SQLException {
        String sql = "SELECT document_id FROM lrs_document WHERE store_id = ? AND scope_key = ?"
                + (since.isPresent() ? " AND updated > ?" : "") + " ORDER BY document_id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, storeId);
            s.setString(2, scope.key());
            if (since.isPresent()) {
                s.setObject(3, since.get());
            }
            try (ResultSet rows = s.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
    }

    public boolean delete(Connection c, UUID storeId, DocumentScope scope, String documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM lrs_document WHERE store_id = ? AND document_key = ?")) {
            s.setObject(1, storeId);
            s.setString(2, scope.documentKey(documentId));
            return s.executeUpdate() > 0;
        }
    }

    public int deleteAll(Connection c, UUID storeId, DocumentScope scope) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM lrs_document WHERE store_id = ? AND scope_key = ?")) {
            s.setObject(1, storeId);
            s.setString(2, scope.key());
            return s.executeUpdate();
        }
    }
}
