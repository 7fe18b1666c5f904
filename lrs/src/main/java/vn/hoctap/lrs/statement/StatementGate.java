package vn.hoctap.lrs.statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.lrs.store.Credential;

/**
 * Rules beyond xAPI that apply to statements sent with some credentials (the cmi5 launch sessions of
 * {@code vn.hoctap.lrs.cmi5}). {@link StatementService} asks the gate after a batch passed xAPI validation.
 */
public interface StatementGate {

    /** A gate that lets every valid statement through. */
    StatementGate OPEN = new StatementGate() {
        @Override
        public void beforeStore(Connection connection, Credential credential, List<JsonNode> statements,
                OffsetDateTime stored) {
            // nothing beyond xAPI
        }

        @Override
        public void afterStore(Credential credential, List<JsonNode> statements) {
            // nothing to tell
        }
    };

    /**
     * Checks a valid batch inside the transaction that stores it, before anything is written; may record what it
     * needs in the same transaction.
     *
     * @param connection the storing transaction's connection (not to be committed or closed)
     * @param credential who sends the batch
     * @param statements the batch as sent (ids may be missing)
     * @param stored     the {@code stored} time the batch will get
     * @throws vn.hoctap.lrs.error.LrsException to refuse the whole batch (nothing is stored)
     */
    void beforeStore(Connection connection, Credential credential, List<JsonNode> statements, OffsetDateTime stored)
            throws SQLException;

    /**
     * Told after the batch was committed (not for a refused one). Must not throw: the statements are stored
     * whatever it does.
     */
    void afterStore(Credential credential, List<JsonNode> statements);
}
