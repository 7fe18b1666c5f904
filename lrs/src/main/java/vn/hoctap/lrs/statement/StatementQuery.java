package vn.hoctap.lrs.statement;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The filters of {@code GET /statements} once parsed and checked.
 *
 * @param agentIfi        canonical identifier of the {@code agent} parameter ({@link AgentIdentity})
 * @param relatedAgents   match the agent anywhere (authority, context, members, sub-statement), not only as actor/object
 * @param relatedActivities match the activity anywhere (context activities, sub-statement), not only as object
 * @param onlyCredential  restrict to statements stored with this credential (scope statements/read/mine)
 * @param afterSeq        the paging cursor: continue after this sequence number (in the query's direction)
 * @param limit           at most this many statements (already capped by the server)
 */
public record StatementQuery(Optional<String> agentIfi, Optional<String> verbId, Optional<String> activityId,
        Optional<UUID> registration, boolean relatedActivities, boolean relatedAgents,
        Optional<OffsetDateTime> since, Optional<OffsetDateTime> until, boolean ascending, int limit,
        Optional<UUID> onlyCredential, OptionalLong afterSeq) {
}
