package vn.hoctap.lrs.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.lrs.error.ConflictException;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.NotFoundException;

/**
 * Creating stores and managing their credentials (admin API), authenticating xAPI requests, and the default
 * store of a first start.
 */
public final class StoreAdministration {

    private final Transactor transactor;
    private final StoreRepository repository;
    private final Clock clock;

    public StoreAdministration(Transactor transactor, StoreRepository repository, Clock clock) {
        this.transactor = transactor;
        this.repository = repository;
        this.clock = clock;
    }

    public LrsStore createStore(String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidXapiRequestException("name", "must be 1 to 100 characters");
        }
        String trimmed = name.strip();
        return transactor.inTransaction(c -> {
            if (repository.storeNamed(c, trimmed).isPresent()) {
                throw new ConflictException("A store named '" + trimmed + "' already exists.");
            }
            LrsStore store = new LrsStore(UUID.randomUUID(), trimmed, now());
            repository.insertStore(c, store);
            return store;
        });
    }

    public List<LrsStore> stores() {
        return transactor.inTransaction(repository::stores);
    }

    public LrsStore store(UUID id) {
        return transactor.inTransaction(c -> repository.store(c, id))
                .orElseThrow(() -> new NotFoundException("Store " + id));
    }

    /** A new credential of the store; the returned secret is never available again. */
    public IssuedCredential issueCredential(UUID storeId, String label, Set<Scope> scopes) {
        return issue(storeId, label, scopes, CredentialSecrets.newKey(), CredentialSecrets.newSecret());
    }

    private IssuedCredential issue(UUID storeId, String label, Set<Scope> scopes, String key, String secret) {
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidXapiRequestException("scopes", "must name at least one xAPI scope, e.g. [\"all\"]");
        }
        if (scopes.contains(Scope.APP) && scopes.size() > 1) {
            throw new InvalidXapiRequestException("scopes", "app cannot be combined with other scopes: an app client"
                    + " reaches the LRS only through the app endpoints, which store pseudonymous statements");
        }
        return transactor.inTransaction(c -> {
            repository.store(c, storeId).orElseThrow(() -> new NotFoundException("Store " + storeId));
            Credential credential = new Credential(UUID.randomUUID(), storeId,
                    label == null || label.isBlank() ? "credential" : label.strip(), key, Set.copyOf(scopes), now(),
                    Optional.empty());
            repository.insertCredential(c, credential, CredentialSecrets.sha256(secret));
            return new IssuedCredential(credential, secret);
        });
    }

    public List<Credential> credentials(UUID storeId) {
        return transactor.inTransaction(c -> {
            repository.store(c, storeId).orElseThrow(() -> new NotFoundException("Store " + storeId));
            return repository.credentials(c, storeId);
        });
    }

    /** A new secret for the credential (the old one stops working at once); key and scopes stay. */
    public IssuedCredential rotate(UUID storeId, UUID credentialId) {
        String secret = CredentialSecrets.newSecret();
        return transactor.inTransaction(c -> {
            Credential credential = repository.credential(c, storeId, credentialId)
                    .orElseThrow(() -> new NotFoundException("Credential " + credentialId + " of store " + storeId));
            if (!credential.isActive()) {
                throw new ConflictException("Credential " + credentialId + " is revoked; issue a new one instead.");
            }
            repository.replaceSecret(c, credentialId, CredentialSecrets.sha256(secret));
            return new IssuedCredential(credential, secret);
        });
    }

    public Credential revoke(UUID storeId, UUID credentialId) {
        return transactor.inTransaction(c -> {
            repository.credential(c, storeId, credentialId)
                    .orElseThrow(() -> new NotFoundException("Credential " + credentialId + " of store " + storeId));
            repository.revoke(c, credentialId, now());
            return repository.credential(c, storeId, credentialId).orElseThrow();
        });
    }

    /** The active credential with this key and secret, or empty. */
    public Optional<Credential> authenticate(String key, String secret) {
        if (!CredentialSecrets.looksLikeKey(key) || secret == null) {
            return Optional.empty();
        }
        return transactor.inTransaction(c -> repository.credentialByKey(c, key))
                .filter(stored -> stored.credential().isActive())
                .filter(stored -> CredentialSecrets.matches(secret, stored.secretSha256()))
                .map(StoreRepository.StoredCredential::credential);
    }

    /** The active credential with this key (already authenticated by the caller), or empty. */
    public Optional<Credential> activeCredential(String key) {
        return transactor.inTransaction(c -> repository.credentialByKey(c, key))
                .map(StoreRepository.StoredCredential::credential)
                .filter(Credential::isActive);
    }

    /**
     * On a first start (no store yet): creates the store {@code name} and one credential with scope {@code all},
     * using {@code key} and {@code secret} when both are configured. Returns it, or empty when stores existed.
     */
    public Optional<IssuedCredential> ensureDefaultStore(String name, Optional<String> key, Optional<String> secret) {
        boolean empty = transactor.inTransaction(c -> repository.stores(c).isEmpty());
        if (!empty) {
            return Optional.empty();
        }
        LrsStore store = createStore(name);
        if (key.isPresent() && secret.isPresent()) {
            if (!CredentialSecrets.looksLikeKey(key.get())) {
                throw new InvalidXapiRequestException("key",
                        "an LRS key starts with LRS followed by at least 8 upper-case letters or digits");
            }
            return Optional.of(issue(store.id(), "default", Set.of(Scope.ALL), key.get(), secret.get()));
        }
        return Optional.of(issueCredential(store.id(), "default", Set.of(Scope.ALL)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
