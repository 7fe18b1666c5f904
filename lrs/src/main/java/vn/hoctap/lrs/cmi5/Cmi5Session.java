package vn.hoctap.lrs.cmi5;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One cmi5 launch session as the LRS sees it (the aggregate the cmi5 rules work on): the credential the launch's
 * fetch URL handed to the AU, the session's actor, registration and AU ({@code activityId} is the LMS-generated id,
 * {@code publisherId} the course structure's), the launch mode and mastery score of the launch data, and what the
 * AU did so far (cmi5-defined verbs used, completed / passed / failed, when it ended).
 */
public record Cmi5Session(UUID credentialId, UUID storeId, UUID sessionId, UUID registration, String activityId,
        String publisherId, String actorIfi, String launchMode, Optional<BigDecimal> masteryScore,
        OffsetDateTime launchedAt, OffsetDateTime expiresAt, Optional<OffsetDateTime> initializedAt,
        Optional<OffsetDateTime> terminatedAt, Optional<OffsetDateTime> abandonedAt,
        Optional<OffsetDateTime> lastStatementAt, Set<String> definedVerbs, boolean completed, boolean passed,
        boolean failed) {

    public Cmi5Session {
        definedVerbs = Set.copyOf(definedVerbs);
    }

    /** Whether the session ended: terminated by the AU, abandoned by the LMS. */
    public boolean ended() {
        return terminatedAt.isPresent() || abandonedAt.isPresent();
    }

    /** Whether its credential may still be used at {@code now}: not ended and not expired. */
    public boolean openAt(OffsetDateTime now) {
        return !ended() && now.isBefore(expiresAt);
    }

    Cmi5Session with(Optional<OffsetDateTime> initialized, Optional<OffsetDateTime> terminated,
            Optional<OffsetDateTime> lastStatement, Set<String> verbs, boolean isCompleted, boolean isPassed,
            boolean isFailed) {
        return new Cmi5Session(credentialId, storeId, sessionId, registration, activityId, publisherId, actorIfi,
                launchMode, masteryScore, launchedAt, expiresAt, initialized, terminated, abandonedAt, lastStatement,
                verbs, isCompleted, isPassed, isFailed);
    }
}
