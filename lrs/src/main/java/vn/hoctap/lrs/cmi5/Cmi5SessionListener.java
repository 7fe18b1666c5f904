package vn.hoctap.lrs.cmi5;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Told after statements of a launch session were stored (the LMS evaluates moveOn and issues satisfied statements).
 * Called outside the storing transaction; must not throw.
 */
@FunctionalInterface
public interface Cmi5SessionListener {

    Cmi5SessionListener NONE = (session, statements) -> { };

    /**
     * @param session    the session as it is after the batch
     * @param statements the batch as sent
     */
    void stored(Cmi5Session session, List<JsonNode> statements);
}
