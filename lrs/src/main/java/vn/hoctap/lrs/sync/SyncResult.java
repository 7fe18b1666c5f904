package vn.hoctap.lrs.sync;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answer to a sync request: the learner's pseudonymous agent and one outcome per statement and per state
 * document, in the order of the request.
 */
public record SyncResult(ObjectNode learner, List<SyncOutcome> statements, List<SyncOutcome> states) {

    public SyncResult {
        statements = List.copyOf(statements);
        states = List.copyOf(states);
    }

    /** How many items (statements and states) ended with this status. */
    public long count(SyncStatus status) {
        return statements.stream().filter(o -> o.status() == status).count()
                + states.stream().filter(o -> o.status() == status).count();
    }
}
