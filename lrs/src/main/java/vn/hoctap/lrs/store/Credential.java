package vn.hoctap.lrs.store;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A Basic-auth credential of one store: the public key, the scopes, and whether it was revoked. The secret is
 * never kept, only its SHA-256; the statements it stores carry it as their authority
 * ({@code account {homePage: <lrs>, name: <key>}}).
 */
public record Credential(UUID id, UUID storeId, String label, String key, Set<Scope> scopes,
        OffsetDateTime createdAt, Optional<OffsetDateTime> revokedAt) {

    public boolean isActive() {
        return revokedAt.isEmpty();
    }

    /**
     * The same credential (id, store, key: the authority of what it stores) acting with other scopes: how the app
     * endpoints let an {@link Scope#APP} credential write and read the statements and state of its learners.
     */
    public Credential withScopes(Set<Scope> otherScopes) {
        return new Credential(id, storeId, label, key, Set.copyOf(otherScopes), createdAt, revokedAt);
    }

    public Permissions permissions() {
        return new Permissions(scopes);
    }
}
