package vn.hoctap.lrs.document;

import java.util.Optional;

import vn.hoctap.lrs.store.Credential;

/**
 * Rules beyond the xAPI scopes for document requests of some credentials (the cmi5 launch sessions of
 * {@code vn.hoctap.lrs.cmi5}). {@link DocumentService} asks the gate before it reads or changes anything.
 */
public interface DocumentGate {

    /** A gate that allows whatever the scopes allow. */
    DocumentGate OPEN = (credential, scope, documentId, write) -> { };

    /**
     * @param scope      what the documents belong to
     * @param documentId the document, or empty for a listing or a delete of the whole scope
     * @param write      whether the request changes documents (PUT, POST, DELETE)
     * @throws vn.hoctap.lrs.error.LrsException to refuse the request
     */
    void check(Credential credential, DocumentScope scope, Optional<String> documentId, boolean write);
}
