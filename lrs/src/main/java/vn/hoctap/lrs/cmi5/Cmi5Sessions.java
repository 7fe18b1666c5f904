package vn.hoctap.lrs.cmi5;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.lrs.document.DocumentGate;
import vn.hoctap.lrs.document.DocumentKind;
import vn.hoctap.lrs.error.NotFoundException;
import vn.hoctap.lrs.statement.AgentIdentity;
import vn.hoctap.lrs.statement.StatementGate;
import vn.hoctap.lrs.statement.StatementRepository;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.IssuedCredential;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.store.StoreAdministration;

/**
 * cmi5 launch sessions on the LRS side: {@link #open} issues the short-lived credential of one launch (scopes
 * statements/write, statements/read/mine, state, profile) and records its session; {@link #statementGate()} and
 * {@link #documentGate()} enforce the cmi5 rules ({@link Cmi5StatementRules}) and the session's limits on every
 * request made with such a credential: no voiding, only the session's learner, registration and AU, LMS.LaunchData
 * read-only, nothing after the session ended (terminated or abandoned) or expired. Credentials without a session
 * are not affected.
 */
public final class Cmi5Sessions {

    /** The label of every session credential starts with this (so other credentials skip the session lookup). */
    public static final String CREDENTIAL_LABEL = "cmi5 session ";

    private static final Logger LOG = Logger.getLogger(Cmi5Sessions.class.getName());

    private final Transactor transactor;
    private final Cmi5SessionRepository repository;
    private final StoreAdministration stores;
    private final Clock clock;
    private final Supplier<Cmi5SessionListener> listener;
    private final Cmi5StatementRules rules = new Cmi5StatementRules();
    private final StatementRepository storedStatements = new StatementRepository();

    public Cmi5Sessions(Transactor transactor, Cmi5SessionRepository repository, StoreAdministration stores,
            Clock clock, Supplier<Cmi5SessionListener> listener) {
        this.transactor = transactor;
        this.repository = repository;
        this.stores = stores;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * What the LMS launches.
     *
     * @param activityId  the LMS-generated activity id of the AU (never the publisher id)
     * @param publisherId the AU id of the course structure
     * @param actor       the learner (an Agent with an account)
     * @param launchMode  Normal, Browse or Review
     * @param lifetime    how long the credential works at most (the session may end earlier)
     */
    public record Launch(UUID storeId, UUID sessionId, UUID registration, String activityId, String publisherId,
            JsonNode actor, String launchMode, Optional<BigDecimal> masteryScore, Duration lifetime) {
    }

    /** An opened session and its credential (whose secret is shown once, through the fetch URL). */
    public record Opened(Cmi5Session session, IssuedCredential credential) {
    }

    /** Issues the session's credential and records the session. */
    public Opened open(Launch launch) {
        String actorIfi = AgentIdentity.of(launch.actor())
                .orElseThrow(() -> new IllegalArgumentException("the actor has no identifier"));
        if (!Set.of("Normal", "Browse", "Review").contains(launch.launchMode())) {
            throw new IllegalArgumentException("launchMode must be Normal, Browse or Review");
        }
        IssuedCredential credential = stores.issueCredential(launch.storeId(), CREDENTIAL_LABEL + launch.sessionId(),
                EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE, Scope.STATE, Scope.PROFILE));
        OffsetDateTime now = now();
        Cmi5Session session = new Cmi5Session(credential.credential().id(), launch.storeId(), launch.sessionId(),
                launch.registration(), launch.activityId(), launch.publisherId(), actorIfi, launch.launchMode(),
                launch.masteryScore(), now, now.plus(launch.lifetime()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), false, false, false);
        transactor.inTransaction(c -> {
            repository.insert(c, session);
            return null;
        });
        return new Opened(session, credential);
    }

    public Cmi5Session session(UUID sessionId) {
        return transactor.inTransaction(c -> repository.bySessionId(c, sessionId))
                .orElseThrow(() -> new NotFoundException("cmi5 session " + sessionId));
    }

    /** The sessions of the registration neither terminated nor abandoned yet, oldest first. */
    public List<Cmi5Session> unfinished(UUID storeId, UUID registration) {
        return transactor.inTransaction(c -> repository.ofRegistration(c, storeId, registration)).stream()
                .filter(s -> !s.ended()).toList();
    }

    /**
     * Ends an unfinished session as abandoned: its credential is revoked and nothing more is accepted for it.
     * Returns the session as it was before (empty when it had already ended).
     */
    public Optional<Cmi5Session> abandon(UUID sessionId) {
        OffsetDateTime now = now();
        Optional<Cmi5Session> before = transactor.inTransaction(c -> {
            Optional<Cmi5Session> current = repository.bySessionId(c, sessionId);
            if (current.isEmpty() || current.get().ended()) {
                return Optional.<Cmi5Session>empty();
            }
            Cmi5Session s = current.get();
            repository.update(c, new Cmi5Session(s.credentialId(), s.storeId(), s.sessionId(), s.registration(),
                    s.activityId(), s.publisherId(), s.actorIfi(), s.launchMode(), s.masteryScore(), s.launchedAt(),
                    s.expiresAt(), s.initializedAt(), s.terminatedAt(), Optional.of(now), s.lastStatementAt(),
                    s.definedVerbs(), s.completed(), s.passed(), s.failed()));
            return current;
        });
        before.ifPresent(s -> stores.revoke(s.storeId(), s.credentialId()));
        return before;
    }

    /** What the sessions of a registration achieved, per AU (by LMS activity id). */
    public Map<String, AuRecord> records(UUID storeId, UUID registration) {
        return transactor.inTransaction(c -> repository.records(c, storeId, registration));
    }

    /** The gate {@link StatementService} asks about every batch. */
    public StatementGate statementGate() {
        return new StatementGate() {
            @Override
            public void beforeStore(Connection c, Credential credential, List<JsonNode> statements,
                    OffsetDateTime stored) throws SQLException {
                if (credential.label().startsWith(CREDENTIAL_LABEL)) {
                    Optional<Cmi5Session> session = repository.byCredentialForUpdate(c, credential.id());
                    if (session.isPresent()) {
                        check(c, session.get(), statements, stored);
                    }
                }
            }

            @Override
            public void afterStore(Credential credential, List<JsonNode> statements) {
                if (!credential.label().startsWith(CREDENTIAL_LABEL)) {
                    return;
                }
                try {
                    transactor.inTransaction(c -> repository.byCredential(c, credential.id()))
                            .ifPresent(session -> listener.get().stored(session, statements));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "the cmi5 session listener failed; the statements are stored", e);
                }
            }
        };
    }

    private void check(Connection c, Cmi5Session before, List<JsonNode> statements, OffsetDateTime stored)
            throws SQLException {
        requireOpen(before, stored);
        List<UUID> ids = new ArrayList<>();
        for (JsonNode statement : statements) {
            if (StatementService.VOIDED.equals(statement.path("verb").path("id").asText())) {
                throw new Cmi5SessionRefusedException("A cmi5 session's credential cannot void statements.");
            }
            if (statement.hasNonNull("id")) {
                ids.add(UUID.fromString(statement.get("id").asText()));
            }
        }
        // a repeated statement is not checked again
        var repeated = storedStatements.storedIds(c, before.storeId(), ids);
        AuRecord earlier = repository.ofRegistration(c, before.storeId(), before.registration()).stream()
                .filter(s -> s.activityId().equals(before.activityId()) && !s.sessionId().equals(before.sessionId()))
                .map(s -> new AuRecord(s.completed(), s.passed(), s.failed()))
                .reduce(AuRecord.NOTHING, AuRecord::and);
        Cmi5Session session = before;
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = statements.get(i);
            if (statement.hasNonNull("id") && repeated.contains(UUID.fromString(statement.get("id").asText()))) {
                continue;
            }
            if (session.terminatedAt().isPresent()) {
                violations.add(new Violation(statements.size() == 1 ? "$" : "$[" + i + "]",
                        "the session was terminated: terminated must be its last statement"));
                continue;
            }
            var verdict = rules.check(statements.size() == 1 ? "$" : "$[" + i + "]", session, earlier, statement, stored);
            violations.addAll(verdict.violations());
            session = verdict.after();
        }
        if (!violations.isEmpty()) {
            throw new Cmi5RuleException(violations);
        }
        repository.update(c, session);
    }

    private static void requireOpen(Cmi5Session session, OffsetDateTime now) {
        if (session.abandonedAt().isPresent()) {
            throw new Cmi5SessionRefusedException("This cmi5 session was abandoned (a newer launch replaced it);"
                    + " nothing more is accepted for it.");
        }
        if (session.terminatedAt().isPresent()) {
            throw new Cmi5SessionRefusedException("This cmi5 session was terminated; nothing more is accepted for it.");
        }
        if (!now.isBefore(session.expiresAt())) {
            throw new Cmi5SessionRefusedException("This cmi5 session's credential expired; launch the AU again.");
        }
    }

    /** The gate {@link vn.hoctap.lrs.document.DocumentService} asks about every request. */
    public DocumentGate documentGate() {
        return (credential, scope, documentId, write) -> {
            if (!credential.label().startsWith(CREDENTIAL_LABEL)) {
                return;
            }
            Optional<Cmi5Session> found = transactor.inTransaction(c -> repository.byCredential(c, credential.id()));
            if (found.isEmpty()) {
                return;
            }
            Cmi5Session session = found.get();
            requireOpen(session, now());
            if (scope.kind() != DocumentKind.ACTIVITY_PROFILE && !session.actorIfi().equals(scope.agentIfi())) {
                throw new Cmi5SessionRefusedException("A cmi5 session's credential reaches only the documents of its"
                        + " learner (the actor of the launch URL).");
            }
            if (scope.kind() == DocumentKind.STATE) {
                if (!session.activityId().equals(scope.activityId())
                        || !scope.registration().map(session.registration()::equals).orElse(false)) {
                    throw new Cmi5SessionRefusedException("A cmi5 session's credential reaches only the State of its"
                            + " AU (activityId of the launch URL) and registration.");
                }
                if (write && documentId.map(Cmi5Vocabulary.LAUNCH_DATA::equals).orElse(true)) {
                    throw new Cmi5SessionRefusedException("LMS.LaunchData is written by the LMS only.");
                }
            }
            if (scope.kind() == DocumentKind.ACTIVITY_PROFILE && write) {
                throw new Cmi5SessionRefusedException("A cmi5 session's credential only reads activity profiles.");
            }
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
