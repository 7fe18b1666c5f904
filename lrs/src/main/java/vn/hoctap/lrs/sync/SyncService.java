package vn.hoctap.lrs.sync;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.document.DocumentScope;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.document.Preconditions;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.LrsException;
import vn.hoctap.lrs.error.ScopeException;
import vn.hoctap.lrs.json.JsonPaths;
import vn.hoctap.lrs.pseudonym.AppStatementPrivacy;
import vn.hoctap.lrs.pseudonym.LearnerIds;
import vn.hoctap.lrs.pseudonym.Pseudonyms;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.store.Scope;
import vn.hoctap.lrs.validation.DocumentParameters;
import vn.hoctap.lrs.validation.StatementValidator;
import vn.hoctap.lrs.validation.Uuids;
import vn.hoctap.lrs.validation.XapiVersion;

/**
 * Offline sync for app clients: stores a phone's queue of statements (and state documents) for one learner and
 * answers item by item, so one bad statement never blocks the rest of the queue (a plain xAPI batch is
 * all-or-nothing).
 *
 * <p>Each statement is rewritten to name the learner only by the pseudonym ({@link AppStatementPrivacy}), must
 * carry its client-generated id (so a repeat is recognised), and is checked by the LRS's own
 * {@link StatementValidator}. Then, compared with what the store holds under the xAPI immutability rule: the same
 * id with the same content is {@link SyncStatus#ALREADY_STORED}, with other content rejected; the rest is stored
 * by {@link StatementService} in one atomic batch, or, when that batch fails on a rule only storage can check
 * (voiding a voiding statement, attachments, a racing request), one statement at a time so the good ones are kept.
 * Repeating a request is harmless: every statement then answers {@code already_stored}.
 *
 * <p>Only credentials with the {@link Scope#APP} scope may sync; the statements carry the app client's authority.
 */
public final class SyncService {

    /** The most statements plus state documents one request may carry. */
    public static final int MAX_ITEMS = 500;

    private final StatementService statements;
    private final DocumentService documents;
    private final StatementValidator validator;
    private final Pseudonyms pseudonyms;
    private final AppStatementPrivacy privacy = new AppStatementPrivacy();

    public SyncService(StatementService statements, DocumentService documents, StatementValidator validator,
            Pseudonyms pseudonyms) {
        this.statements = statements;
        this.documents = documents;
        this.validator = validator;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Syncs one learner's queue.
     *
     * @param app        the app client's credential (scope {@code app})
     * @param learnerId  the app's account id of the learner ({@link LearnerIds})
     * @param queue      the statements as sent (any JSON values: non-objects are rejected items), in queue order
     * @param states     state documents to store after the statements
     * @param version    the xAPI version whose rules apply
     * @return one outcome per item
     * @throws InvalidXapiRequestException when the learner id is unusable or the request has too many items
     * @throws ScopeException              when the credential is not an app client
     */
    public SyncResult sync(Credential app, String learnerId, List<JsonNode> queue, List<StateWrite> states,
            XapiVersion version) {
        requireApp(app);
        List<Violation> learnerProblems = LearnerIds.check("$.learner", learnerId);
        if (!learnerProblems.isEmpty()) {
            throw new InvalidXapiRequestException(learnerProblems);
        }
        if (queue.size() + states.size() > MAX_ITEMS) {
            throw new InvalidXapiRequestException("$.statements", "at most " + MAX_ITEMS + " statements and states"
                    + " per request: send the rest of the queue in the next request");
        }
        Credential writer = app.withScopes(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATE));
        ObjectNode learner = pseudonyms.agent(learnerId);
        SyncOutcome[] outcomes = new SyncOutcome[queue.size()];
        Map<Integer, ObjectNode> candidates = new LinkedHashMap<>();
        Map<UUID, Integer> firstById = new HashMap<>();
        Map<Integer, Integer> repeats = new LinkedHashMap<>();
        for (int i = 0; i < queue.size(); i++) {
            String path = JsonPaths.index("$.statements", i);
            JsonNode item = queue.get(i);
            if (!(item instanceof ObjectNode sent)) {
                outcomes[i] = SyncOutcome.rejected(i, Optional.empty(), "not a statement",
                        List.of(new Violation(path, "must be a statement (a JSON object)")));
                continue;
            }
            Optional<UUID> id = idOf(sent);
            ObjectNode statement = sent.deepCopy();
            List<Violation> violations = new ArrayList<>(privacy.apply(statement, learner, path));
            if (id.isEmpty()) {
                violations.add(new Violation(JsonPaths.property(path, "id"), "is required: a UUID the app generates"
                        + " when it records the statement, so that sending it again is recognised"));
            }
            validator.validate(statement, version).forEach(v ->
                    violations.add(new Violation(path + v.path().substring(1), v.message())));
            if (!violations.isEmpty()) {
                outcomes[i] = SyncOutcome.rejected(i, id, summary(violations), violations);
                continue;
            }
            Integer earlier = firstById.putIfAbsent(id.get(), i);
            if (earlier != null) {
                if (candidates.get(earlier).equals(statement)) {
                    repeats.put(i, earlier);
                } else {
                    outcomes[i] = SyncOutcome.rejected(i, id, "the same id appears earlier in this request with other content",
                                List.of(new Violation(JsonPaths.property(path, "id"), "was used by $.statements["
                                        + earlier + "] for a different statement; each statement needs its own id")));
                }
                continue;
            }
            candidates.put(i, statement);
        }
        storeNew(writer, candidates, outcomes, version);
        // a statement queued twice shares the fate of its first copy
        repeats.forEach((index, first) -> outcomes[index] = outcomes[first].status() == SyncStatus.REJECTED
                ? new SyncOutcome(index, outcomes[first].id(), SyncStatus.REJECTED, outcomes[first].message(),
                        outcomes[first].violations())
                : SyncOutcome.alreadyStored(index, outcomes[first].id().orElseThrow()));
        List<SyncOutcome> stateOutcomes = new ArrayList<>();
        String agentIfi = pseudonyms.agentIfi(learnerId);
        for (int i = 0; i < states.size(); i++) {
            stateOutcomes.add(storeState(writer, agentIfi, i, states.get(i)));
        }
        return new SyncResult(learner, List.of(outcomes), stateOutcomes);
    }

    private void storeNew(Credential writer, Map<Integer, ObjectNode> candidates, SyncOutcome[] outcomes,
            XapiVersion version) {
        Map<UUID, Boolean> stored = statements.compareWithStored(writer, List.copyOf(candidates.values()));
        Map<Integer, ObjectNode> fresh = new LinkedHashMap<>();
        candidates.forEach((index, statement) -> {
            UUID id = idOf(statement).orElseThrow();
            Boolean same = stored.get(id);
            if (same == null) {
                fresh.put(index, statement);
            } else if (same) {
                outcomes[index] = SyncOutcome.alreadyStored(index, id);
            } else {
                outcomes[index] = SyncOutcome.rejected(index, Optional.of(id), "a different statement with this id"
                        + " is already stored; statements are immutable, so record the change with a new id",
                        List.of(new Violation(JsonPaths.property(JsonPaths.index("$.statements", index), "id"),
                                "is the id of a different stored statement")));
            }
        });
        if (fresh.isEmpty()) {
            return;
        }
        try {
            statements.store(writer, List.copyOf(fresh.values()), version);
            fresh.forEach((index, statement) -> outcomes[index] = SyncOutcome.stored(index, idOf(statement)));
            return;
        } catch (LrsException batchFailed) {
            // one of them breaks a rule only storage sees: store them one by one below
        }
        fresh.forEach((index, statement) -> {
            Optional<UUID> id = idOf(statement);
            try {
                statements.store(writer, List.of(statement), version);
                outcomes[index] = SyncOutcome.stored(index, id);
            } catch (LrsException e) {
                outcomes[index] = rejected(index, id, JsonPaths.index("$.statements", index), e.toApiError());
            }
        });
    }

    private SyncOutcome storeState(Credential writer, String agentIfi, int index, StateWrite state) {
        String path = JsonPaths.index("$.states", index);
        List<Violation> violations = new ArrayList<>();
        DocumentParameters.activityId(state.activityId()).forEach(v ->
                violations.add(new Violation(JsonPaths.property(path, "activityId"), v.message())));
        DocumentParameters.documentId("stateId", state.stateId()).forEach(v ->
                violations.add(new Violation(JsonPaths.property(path, "stateId"), v.message())));
        state.registration().ifPresent(registration -> {
            if (!Uuids.isValid(registration)) {
                violations.add(new Violation(JsonPaths.property(path, "registration"), "must be a UUID"));
            }
        });
        if (state.document() == null || state.document().isMissingNode()) {
            violations.add(new Violation(JsonPaths.property(path, "document"), "is required: the state as JSON"));
        }
        if (!violations.isEmpty()) {
            return SyncOutcome.rejected(index, Optional.empty(), summary(violations), violations);
        }
        DocumentScope scope = DocumentScope.state(state.activityId(), agentIfi,
                state.registration().map(r -> UUID.fromString(r.toLowerCase(java.util.Locale.ROOT))));
        try {
            // xAPI 1.0.x rules: a state PUT without preconditions replaces the stored one (the latest sync wins)
            documents.put(writer, scope, state.stateId(), state.document().toString().getBytes(StandardCharsets.UTF_8),
                    "application/json", Preconditions.none(), XapiVersion.V1_0_x);
            return SyncOutcome.stored(index, Optional.empty());
        } catch (LrsException e) {
            return rejected(index, Optional.empty(), path, e.toApiError());
        }
    }

    private static SyncOutcome rejected(int index, Optional<UUID> id, String path, ApiError error) {
        List<Violation> violations = error.violations() == null || error.violations().isEmpty()
                ? List.of(new Violation(path, error.message()))
                : error.violations().stream().map(v -> new Violation(rooted(path, v.path()), v.message())).toList();
        return SyncOutcome.rejected(index, id, error.message(), violations);
    }

    /** A path the LRS reported for a single statement ({@code $.object.id}) under the item's path. */
    private static String rooted(String itemPath, String path) {
        if (path == null) {
            return itemPath;
        }
        return path.startsWith("$") ? itemPath + path.substring(1) : itemPath + "." + path;
    }

    private static String summary(List<Violation> violations) {
        return violations.size() == 1 ? violations.get(0).path() + ": " + violations.get(0).message()
                : violations.size() + " problems; see violations";
    }

    private static Optional<UUID> idOf(JsonNode statement) {
        JsonNode id = statement.get("id");
        return id != null && id.isTextual() && Uuids.isValid(id.textValue())
                ? Optional.of(UUID.fromString(id.textValue().toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    private static void requireApp(Credential credential) {
        if (!credential.scopes().contains(Scope.APP)) {
            throw new ScopeException("app");
        }
    }
}
