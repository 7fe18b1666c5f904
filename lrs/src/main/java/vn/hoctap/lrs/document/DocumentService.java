package vn.hoctap.lrs.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.text.Digests;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.NotFoundException;
import vn.hoctap.lrs.error.PreconditionFailedException;
import vn.hoctap.lrs.error.PreconditionRequiredException;
import vn.hoctap.lrs.error.ScopeException;
import vn.hoctap.lrs.json.InvalidJsonException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.Permissions;
import vn.hoctap.lrs.validation.XapiVersion;

/**
 * The State, Activity Profile and Agent Profile resources: documents stored as sent (any content type), with an
 * ETag, replaced by PUT under the xAPI concurrency rules, merged by POST when both sides are JSON objects, listed
 * by id (optionally changed since a time), and deleted one by one or, for State, all at once.
 */
public final class DocumentService {

    private final Transactor transactor;
    private final DocumentRepository repository;
    private final ObjectMapper json;
    private final Clock clock;
    private final DocumentGate gate;

    public DocumentService(Transactor transactor, DocumentRepository repository, ObjectMapper json, Clock clock) {
        this(transactor, repository, json, clock, DocumentGate.OPEN);
    }

    /** The same with a gate asked before every request (see {@link DocumentGate}). */
    public DocumentService(Transactor transactor, DocumentRepository repository, ObjectMapper json, Clock clock,
            DocumentGate gate) {
        this.gate = gate;
        this.transactor = transactor;
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    public Document get(Credential credential, DocumentScope scope, String documentId) {
        requireRead(credential, scope);
        gate.check(credential, scope, Optional.of(documentId), false);
        return transactor.inTransaction(c -> repository.find(c, credential.storeId(), scope, documentId))
                .orElseThrow(() -> new NotFoundException("Document '" + documentId + "'"));
    }

    public List<String> ids(Credential credential, DocumentScope scope, Optional<OffsetDateTime> since) {
        requireRead(credential, scope);
        gate.check(credential, scope, Optional.empty(), false);
        return transactor.inTransaction(c -> repository.ids(c, credential.storeId(), scope, since));
    }

    /** Stores or replaces the document (PUT). */
    public Document put(Credential credential, DocumentScope scope, String documentId, byte[] content,
            String contentType, Preconditions preconditions, XapiVersion version) {
        requireWrite(credential, scope);
        gate.check(credential, scope, Optional.of(documentId), true);
        return transactor.inTransaction(c -> {
            Optional<Document> current = repository.find(c, credential.storeId(), scope, documentId);
            check(scope, current, preconditions, version, true);
            Document document = document(documentId, content, contentType);
            repository.save(c, credential.storeId(), scope, document);
            return document;
        });
    }

    /** Stores the document, or merges it into the stored one when both are JSON objects (POST). */
    public Document post(Credential credential, DocumentScope scope, String documentId, byte[] content,
            String contentType, Preconditions preconditions, XapiVersion version) {
        requireWrite(credential, scope);
        gate.check(credential, scope, Optional.of(documentId), true);
        return transactor.inTransaction(c -> {
            Optional<Document> current = repository.find(c, credential.storeId(), scope, documentId);
            check(scope, current, preconditions, version, false);
            Document document;
            if (current.isEmpty()) {
                if (isJsonType(contentType)) {
                    jsonObject(content, "$");
                }
                document = document(documentId, content, contentType);
            } else {
                if (!current.get().isJson() || !isJsonType(contentType)) {
                    throw new InvalidXapiRequestException("Content-Type", "POST merges JSON documents: both the stored"
                            + " document and this one must be application/json; use PUT to replace it");
                }
                ObjectNode merged = jsonObject(current.get().content(), "stored document");
                merged.setAll(jsonObject(content, "$"));
                document = document(documentId, bytes(merged), "application/json");
            }
            repository.save(c, credential.storeId(), scope, document);
            return document;
        });
    }

    public void delete(Credential credential, DocumentScope scope, String documentId, Preconditions preconditions) {
        requireWrite(credential, scope);
        gate.check(credential, scope, Optional.of(documentId), true);
        transactor.inTransaction(c -> {
            Optional<Document> current = repository.find(c, credential.storeId(), scope, documentId);
            if (preconditions.present() && !preconditions.holdFor(current)) {
                throw new PreconditionFailedException("The document's ETag does not match If-Match.");
            }
            return repository.delete(c, credential.storeId(), scope, documentId);
        });
    }

    /** Deletes every document of the scope (State without stateId). */
    public int deleteAll(Credential credential, DocumentScope scope) {
        requireWrite(credential, scope);
        gate.check(credential, scope, Optional.empty(), true);
        return transactor.inTransaction(c -> repository.deleteAll(c, credential.storeId(), scope));
    }

    private static void check(DocumentScope scope, Optional<Document> current, Preconditions preconditions,
            XapiVersion version, boolean replacing) {
        if (preconditions.present()) {
            if (!preconditions.holdFor(current)) {
                throw new PreconditionFailedException(current.isEmpty()
                        ? "No such document exists, so If-Match cannot hold."
                        : "The document changed: its ETag is now \"" + current.get().etag() + "\".");
            }
            return;
        }
        if (!replacing) {
            return;
        }
        boolean profile = scope.kind() != DocumentKind.STATE;
        if (current.isPresent() && (profile || version == XapiVersion.V2_0_0)) {
            throw new PreconditionRequiredException();
        }
        if (current.isEmpty() && profile && version != XapiVersion.V2_0_0) {
            throw new InvalidXapiRequestException("If-None-Match", "is required to create a profile document under"
                    + " xAPI 1.0.x: send If-None-Match: * (or If-Match with the ETag to replace one)");
        }
    }

    private Document document(String documentId, byte[] content, String contentType) {
        return new Document(documentId, content, contentType == null ? "application/octet-stream" : contentType,
                Digests.sha1(content), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree cannot be written", e);
        }
    }

    private static ObjectNode jsonObject(byte[] content, String what) {
        try {
            JsonNode node = StrictJson.parse(new String(content, StandardCharsets.UTF_8));
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (InvalidJsonException e) {
            // reported below
        }
        throw new InvalidXapiRequestException(what, "must be a JSON object to be merged");
    }

    private static boolean isJsonType(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/json");
    }

    private static void requireRead(Credential credential, DocumentScope scope) {
        Permissions permissions = credential.permissions();
        boolean allowed = scope.kind() == DocumentKind.STATE ? permissions.canReadState() : permissions.canReadProfiles();
        if (!allowed) {
            throw new ScopeException(scope.kind() == DocumentKind.STATE ? "state, all/read or all" : "profile, all/read or all");
        }
    }

    private static void requireWrite(Credential credential, DocumentScope scope) {
        Permissions permissions = credential.permissions();
        boolean allowed = scope.kind() == DocumentKind.STATE ? permissions.canWriteState() : permissions.canWriteProfiles();
        if (!allowed) {
            throw new ScopeException(scope.kind() == DocumentKind.STATE ? "state or all" : "profile or all");
        }
    }

}
