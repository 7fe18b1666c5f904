package vn.hoctap.lrs.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and credentials in SQL that H2 (PostgreSQL mode) and PostgreSQL both run. Works on the caller's connection. */
public final class StoreRepository {

    private static final String CREDENTIAL_COLUMNS =
            "id, store_id, label, api_key, secret_sha256, scopes, created_at, revoked_at";

    public void insertStore(Connection c, LrsStore store) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lrs_store (id, name, created_at) VALUES (?, ?, ?)")) {
            s.setObject(1, store.id());
            s.setString(2, store.name());
            s.setObject(3, store.createdAt());
            s.executeUpdate();
        }
    }

    public Optional<LrsStore> store(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, created_at FROM lrs_store WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(storeOf(rows)) : Optional.empty();
            }
        }
    }

    public Optional<LrsStore> storeNamed(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, created_at FROM lrs_store WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(storeOf(rows)) : Optional.empty();
            }
        }
    }

    public List<LrsStore> stores(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, created_at FROM lrs_store ORDER BY name");
                ResultSet rows = s.executeQuery()) {
            List<LrsStore> stores = new ArrayList<>();
            while (rows.next()) {
                stores.add(storeOf(rows));
            }
            return stores;
        }
    }

    public void insertCredential(Connection c, Credential credential, String secretSha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lrs_credential (" + CREDENTIAL_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, credential.id());
            s.setObject(2, credential.storeId());
            s.setString(3, credential.label());
            s.setString(4, credential.key());
            s.setString(5, secretSha256);
            s.setString(6, Scope.format(credential.scopes()));
            s.setObject(7, credential.createdAt());
            s.setObject(8, credential.revokedAt().orElse(null));
            s.executeUpdate();
        }
    }

    /** The credential with this key and its secret's hash. */
    public Optional<StoredCredential> credentialByKey(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CREDENTIAL_COLUMNS
                + " FROM lrs_credential WHERE api_key = ?")) {
            s.setString(1, key);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(new StoredCredential(credentialOf(rows), rows.getString("secret_sha256")))
                        : Optional.empty();
            }
        }
    }

    public Optional<Credential> credential(Connection c, UUID storeId, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CREDENTIAL_COLUMNS
                + " FROM lrs_credential WHERE store_id = ? AND id = ?")) {
            s.setObject(1, storeId);
            s.setObject(2, id);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(credentialOf(rows)) : Optional.empty();
            }
        }
    }

    public List<Credential> credentials(Connection c, UUID storeId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CREDENTIAL_COLUMNS
                + " FROM lrs_credential WHERE store_id = ? ORDER BY created_at, id")) {
            s.setObject(1, storeId);
            try (ResultSet rows = s.executeQuery()) {
                List<Credential> credentials = new ArrayList<>();
                while (rows.next()) {
                    credentials.add(credentialOf(rows));
                }
                return credentials;
            }
        }
    }

    public void replaceSecret(Connection c, UUID id, String secretSha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE lrs_credential SET secret_sha256 = ? WHERE id = ?")) {
            s.setString(1, secretSha256);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    public void revoke(Connection c, UUID id, OffsetDateTime at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE lrs_credential SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            s.setObject(1, at);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    private static LrsStore storeOf(ResultSet rows) throws SQLException {
        return new LrsStore(rows.getObject("id", UUID.class), rows.getString("name"),
                rows.getObject("created_at", OffsetDateTime.class));
    }

    private static Credential credentialOf(ResultSet rows) throws SQLException {
        return new Credential(rows.getObject("id", UUID.class), rows.getObject("store_id", UUID.class),
                rows.getString("label"), rows.getString("api_key"), Scope.parseAll(rows.getString("scopes")),
                rows.getObject("created_at", OffsetDateTime.class),
                Optional.ofNullable(rows.getObject("revoked_at", OffsetDateTime.class)));
    }

    /** A credential as stored, with the hash of its secret. */
    public record StoredCredential(Credential credential, String secretSha256) {
    }
}
