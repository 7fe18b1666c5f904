package vn.hoctap.lrs.statement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.text.Digests;
import vn.hoctap.lrs.attachment.AttachmentPart;
import vn.hoctap.lrs.attachment.AttachmentRepository;
import vn.hoctap.lrs.attachment.Sha2;
import vn.hoctap.lrs.attachment.StatementSignature;
import vn.hoctap.lrs.error.ConflictException;
import vn.hoctap.lrs.error.InvalidAttachmentsException;
import vn.hoctap.lrs.error.InvalidSignatureException;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.error.NotFoundException;
import vn.hoctap.lrs.error.ScopeException;
import vn.hoctap.lrs.store.Credential;
import vn.hoctap.lrs.validation.StatementValidator;
import vn.hoctap.lrs.validation.XapiVersion;

/**
 * Storing and reading statements under the xAPI rules: ids assigned when missing; {@code stored},
 * {@code authority} (from the credential) and {@code version} set by the LRS; a batch stored atomically (one bad
 * statement, nothing stored); an identical repeat of a stored id accepted without change, a different one refused
 * with 409; voiding; the statements/read/mine scope.
 */
public final class StatementService {

    /** The verb that voids the statement its object refers to. */
    public static final String VOIDED = StatementValidator.VOIDED;

    private static final DateTimeFormatter STORED_FORMAT = DateTimeFormatter.ISO_INSTANT;

    private final Transactor transactor;
    private final StatementRepository repository;
    private final AttachmentRepository attachments = new AttachmentRepository();
    private final StatementValidator validator;
    private final ObjectMapper json;
    private final Clock clock;
    private final String authorityHomePage;
    private final StatementGate gate;

    /**
     * @param authorityHomePage the {@code account.homePage} of the authority the LRS writes into each statement
     *                          (the credential's key is the account name)
     */
    public StatementService(Transactor transactor, StatementRepository repository, StatementValidator validator,
            ObjectMapper json, Clock clock, String authorityHomePage) {
        this(transactor, repository, validator, json, clock, authorityHomePage, StatementGate.OPEN);
    }

    /** The same with a gate asked about every valid batch (see {@link StatementGate}). */
    public StatementService(Transactor transactor, StatementRepository repository, StatementValidator validator,
            ObjectMapper json, Clock clock, String authorityHomePage, StatementGate gate) {
        this.gate = gate;
        this.transactor = transactor;
        this.repository = repository;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
        this.authorityHomePage = authorityHomePage;
    }

    /**
     * Stores a batch (POST) atomically and returns the statements' ids in order. {@code version} is the request's
     * xAPI version: it decides the validation rules and the {@code version} a statement without one gets.
     */
    public List<UUID> store(Credential credential, List<JsonNode> statements, XapiVersion version) {
        return store(credential, statements, version, List.of());
    }

    /**
     * Stores a batch sent with attachment parts (multipart/mixed): every attachment without a {@code fileUrl} needs
     * its part, every part must be an attachment of the batch and have the content its hash says, and signature
     * attachments must sign their statement.
     */
    public List<UUID> store(Credential credential, List<JsonNode> statements, XapiVersion version,
            List<AttachmentPart> parts) {
        requireWrite(credential);
        List<Violation> violations = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            String path = statements.size() == 1 ? "$" : "$[" + i + "]";
            JsonNode statement = statements.get(i);
            String prefix = path;
            validator.validate(statement, version).forEach(v ->
                    violations.add(new Violation(prefix + v.path().substring(1), v.message())));
            if (statement.hasNonNull("id")) {
                parseUuid(statement.get("id").asText()).ifPresent(id -> {
                    Integer earlier = seen.putIfAbsent(id, seen.size());
                    if (earlier != null) {
                        violations.add(new Violation(path + ".id", "the same id appears twice in this batch"));
                    }
                });
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidXapiRequestException(violations);
        }
        checkAttachments(statements, parts);
        OffsetDateTime stored = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        List<UUID> storedIds = transactor.inTransaction(c -> {
            gate.beforeStore(c, credential, statements, stored);
            java.util.SortedMap<String, JsonNode> definitions = new java.util.TreeMap<>();
            List<UUID> ids = storeAll(c, credential, statements, version, stored, definitions);
            for (AttachmentPart part : parts) {
                attachments.save(c, credential.storeId(), part);
            }
            // one read of the batch's current definitions, then batched writes in key order: concurrent batches
            // take row locks in the same order and cannot deadlock
            Map<String, String> current = definitions.isEmpty() ? Map.of()
                    : repository.activityDefinitions(c, credential.storeId(), definitions.keySet());
            List<StatementRepository.ActivityDefinition> changes = new ArrayList<>();
            for (var entry : definitions.entrySet()) {
                String activityId = entry.getValue().get("id").asText();
                JsonNode definition = entry.getValue().get("definition");
                String earlier = current.get(entry.getKey());
                if (earlier != null && tree(earlier) instanceof ObjectNode merged) {
                    definition = mergeDefinition(merged, definition);
                }
                changes.add(new StatementRepository.ActivityDefinition(activityId, entry.getKey(), text(definition)));
            }
            repository.saveActivityDefinitions(c, credential.storeId(), changes, current);
            return ids;
        });
        gate.afterStore(credential, statements);
        return storedIds;
    }

    /**
     * Which of these statements are already stored, by id, and whether with the same content under the xAPI
     * immutability comparison that {@link #store} applies to repeats (what the LRS added or normalized is ignored):
     * {@code true} the same statement, {@code false} a different one under that id. Statements without a valid id
     * and ids not stored are absent. Needs the statements/write scope.
     */
    public Map<UUID, Boolean> compareWithStored(Credential credential, List<JsonNode> statements) {
        requireWrite(credential);
        Map<UUID, ObjectNode> byId = new java.util.LinkedHashMap<>();
        for (JsonNode statement : statements) {
            if (statement instanceof ObjectNode object && object.hasNonNull("id")) {
                parseUuid(object.get("id").asText()).ifPresent(id -> byId.put(id, normalized(object.deepCopy())));
            }
        }
        if (byId.isEmpty()) {
            return Map.of();
        }
        Map<UUID, StoredStatement> stored = transactor.inTransaction(c ->
                repository.byIds(c, credential.storeId(), byId.keySet()));
        Map<UUID, Boolean> same = new HashMap<>();
        stored.forEach((id, statement) -> same.put(id, sameStatement(statement.json(), byId.get(id))));
        return same;
    }

    /** Stores one statement under the id of the request (PUT); the body's id, if any, must be the same. */
    public void put(Credential credential, UUID id, JsonNode statement, XapiVersion version) {
        put(credential, id, statement, version, List.of());
    }

    /** {@link #put(Credential, UUID, JsonNode, XapiVersion)} with attachment parts. */
    public void put(Credential credential, UUID id, JsonNode statement, XapiVersion version,
            List<AttachmentPart> parts) {
        requireWrite(credential);
        if (statement.hasNonNull("id") && !parseUuid(statement.get("id").asText()).map(id::equals).orElse(false)) {
            throw new InvalidXapiRequestException("$.id", "differs from the statementId parameter " + id);
        }
        ObjectNode withId = statement.deepCopy();
        withId.put("id", id.toString());
        store(credential, List.of(withId), version, parts);
    }

    private static void checkAttachments(List<JsonNode> statements, List<AttachmentPart> parts) {
        Map<String, AttachmentPart> byHash = new HashMap<>();
        for (AttachmentPart part : parts) {
            if (!Sha2.matches(part.sha2(), part.content())) {
                throw new InvalidAttachmentsException("The content of the part with X-Experience-API-Hash "
                        + part.sha2() + " does not have that hash.");
            }
            byHash.put(part.sha2().toLowerCase(java.util.Locale.ROOT), part);
        }
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (JsonNode statement : statements) {
            for (JsonNode attachment : statement.path("attachments")) {
                String sha2 = attachment.path("sha2").asText().toLowerCase(java.util.Locale.ROOT);
                declared.add(sha2);
                AttachmentPart part = byHash.get(sha2);
                boolean signature = StatementSignature.USAGE_TYPE.equals(attachment.path("usageType").asText());
                if (signature) {
                    if (!"application/octet-stream".equals(attachment.path("contentType").asText())) {
                        throw new InvalidSignatureException("A signature attachment must have the contentType"
                                + " application/octet-stream.");
                    }
                    if (part == null) {
                        throw new InvalidSignatureException("The signature attachment " + sha2 + " has no part.");
                    }
                    StatementSignature.verify(statement, part.content());
                } else if (part == null && !attachment.hasNonNull("fileUrl")) {
                    throw new InvalidAttachmentsException("The attachment with sha2 " + sha2
                            + " has neither a fileUrl nor a part in a multipart/mixed request.");
                }
            }
        }
        for (String sha2 : byHash.keySet()) {
            if (!declared.contains(sha2)) {
                throw new InvalidAttachmentsException("The part with X-Experience-API-Hash " + sha2
                        + " is not an attachment of any statement in the request.");
            }
        }
    }

    /** What the LRS returns in a normalized form: a single context activity becomes an array of one. */
    private static ObjectNode normalized(ObjectNode statement) {
        for (JsonNode target : List.of(statement, statement.path("object"))) {
            if (target.path("context").get("contextActivities") instanceof ObjectNode contextActivities) {
                for (String kind : List.of("parent", "grouping", "category", "other")) {
                    JsonNode value = contextActivities.get(kind);
                    if (value != null && value.isObject()) {
                        contextActivities.putArray(kind).add(value);
                    }
                }
            }
        }
        return statement;
    }

    /**
     * The stored attachment parts of these statements (as returned: JSON text), in order, each once; attachments
     * sent by fileUrl only have none.
     */
    public List<AttachmentPart> attachments(Credential credential, List<String> statementJsons) {
        java.util.LinkedHashSet<String> sha2s = new java.util.LinkedHashSet<>();
        for (String text : statementJsons) {
            for (JsonNode attachment : tree(text).path("attachments")) {
                if (attachment.hasNonNull("sha2")) {
                    sha2s.add(attachment.get("sha2").asText());
                }
            }
        }
        if (sha2s.isEmpty()) {
            return List.of();
        }
        return transactor.inTransaction(c -> attachments.find(c, credential.storeId(), sha2s));
    }

    /**
     * Stores a batch with a handful of queries whatever its size: one lookup of the ids already stored, one of the
     * statements the batch voids, batched inserts of the statements and their link rows, one lookup of statements
     * voided before they arrived, one update of the voided. Collects each activity's definition (by activity key)
     * in {@code definitions}. Returns the ids in the order of the batch.
     */
    private List<UUID> storeAll(java.sql.Connection c, Credential credential, List<JsonNode> statements,
            XapiVersion version, OffsetDateTime stored, java.util.SortedMap<String, JsonNode> definitions)
            throws java.sql.SQLException {
        List<ObjectNode> batch = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        Map<UUID, ObjectNode> inBatch = new HashMap<>();
        List<UUID> targets = new ArrayList<>();
        for (JsonNode original : statements) {
            ObjectNode statement = normalized((ObjectNode) original.deepCopy());
            UUID id = statement.hasNonNull("id") ? parseUuid(statement.get("id").asText()).orElseThrow() : UUID.randomUUID();
            batch.add(statement);
            ids.add(id);
            inBatch.put(id, statement);
            if (VOIDED.equals(statement.path("verb").path("id").asText())) {
                targets.add(parseUuid(statement.path("object").path("id").asText()).orElseThrow());
            }
        }
        Map<UUID, StoredStatement> existing = repository.byIds(c, credential.storeId(), ids);
        Map<UUID, StoredStatement> storedTargets = repository.byIds(c, credential.storeId(), targets);
        List<StatementRepository.NewStatement> rows = new ArrayList<>();
        java.util.Set<UUID> toVoid = new java.util.HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            ObjectNode statement = batch.get(i);
            UUID id = ids.get(i);
            StoredStatement already = existing.get(id);
            if (already != null) {
                if (!sameStatement(already.json(), statement)) {
                    throw new ConflictException("A different statement with id " + id + " is already stored;"
                            + " statements are immutable, so send it with a new id.");
                }
                continue;
            }
            String verbId = statement.path("verb").path("id").asText();
            UUID voidingTarget = null;
            if (VOIDED.equals(verbId)) {
                voidingTarget = parseUuid(statement.path("object").path("id").asText()).orElseThrow();
                StoredStatement storedTarget = storedTargets.get(voidingTarget);
                JsonNode target = storedTarget != null ? tree(storedTarget.json()) : inBatch.get(voidingTarget);
                if (target != null && VOIDED.equals(target.path("verb").path("id").asText())) {
                    throw new InvalidXapiRequestException(statements.size() == 1 ? "$.object.id" : "$[" + i + "].object.id",
                            "refers to a voiding statement, which cannot be voided");
                }
                toVoid.add(voidingTarget);
            }
            statement.put("id", id.toString());
            if (!statement.hasNonNull("timestamp")) {
                statement.put("timestamp", STORED_FORMAT.format(stored));
            }
            statement.put("stored", STORED_FORMAT.format(stored));
            statement.set("authority", authority(credential));
            if (!statement.hasNonNull("version")) {
                statement.put("version", version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
            }
            UUID registration = parseUuid(statement.path("context").path("registration").asText(null)).orElse(null);
            UUID refTarget = "StatementRef".equals(statement.path("object").path("objectType").asText())
                    ? parseUuid(statement.path("object").path("id").asText(null)).orElse(null) : null;
            rows.add(new StatementRepository.NewStatement(id, verbId, registration, voidingTarget, refTarget,
                    text(statement), StatementReferences.of(statement)));
            collectDefinition(statement.path("object"), definitions);
        }
        repository.insertAll(c, credential.storeId(), stored, credential.id(), rows);
        toVoid.addAll(repository.voidedByStoredStatements(c, credential.storeId(),
                rows.stream().map(StatementRepository.NewStatement::id).toList()));
        repository.markVoided(c, credential.storeId(), toVoid);
        return ids;
    }

    private static void collectDefinition(JsonNode object, java.util.SortedMap<String, JsonNode> definitions) {
        if (object.path("objectType").asText("Activity").equals("Activity") && object.hasNonNull("definition")) {
            String key = activityKey(object.get("id").asText());
            JsonNode earlierInBatch = definitions.get(key);
            if (earlierInBatch != null && earlierInBatch.get("definition") instanceof ObjectNode merged) {
                ObjectNode combined = ((ObjectNode) object).deepCopy();
                combined.set("definition", mergeDefinition(merged.deepCopy(), object.get("definition")));
                definitions.put(key, combined);
            } else {
                definitions.put(key, object);
            }
        }
    }

    /**
     * A definition with a newer one laid over it: the language maps {@code name} and {@code description} merge
     * language by language, every other property is replaced.
     */
    private static JsonNode mergeDefinition(ObjectNode base, JsonNode newer) {
        if (!newer.isObject()) {
            return base;
        }
        newer.fields().forEachRemaining(field -> {
            if (base.get(field.getKey()) instanceof ObjectNode map && field.getValue().isObject()
                    && List.of("name", "description").contains(field.getKey())) {
                map.setAll((ObjectNode) field.getValue());
            } else {
                base.set(field.getKey(), field.getValue());
            }
        });
        return base;
    }

    /**
     * The Activity object of {@code GET /activities}: the id with the latest definition stored statements gave
     * it (just the id when none did).
     */
    public ObjectNode activity(Credential credential, String activityId) {
        if (!credential.permissions().canReadDefinitions()) {
            throw new ScopeException("all/read, statements/read, define or all");
        }
        ObjectNode activity = json.createObjectNode();
        activity.put("objectType", "Activity");
        activity.put("id", activityId);
        transactor.inTransaction(c -> repository.activityDefinition(c, credential.storeId(), activityKey(activityId)))
                .ifPresent(definition -> activity.set("definition", tree(definition)));
        return activity;
    }

    private static String activityKey(String activityId) {
        return Digests.sha256(activityId);
    }

    /** The authority the LRS writes: the credential as an account agent. */
    public ObjectNode authority(Credential credential) {
        ObjectNode authority = json.createObjectNode();
        authority.put("objectType", "Agent");
        authority.putObject("account").put("homePage", authorityHomePage).put("name", credential.key());
        return authority;
    }

    /**
     * One statement by id: {@code voided=false} finds only a statement that is not voided ({@code statementId}),
     * {@code voided=true} only a voided one ({@code voidedStatementId}).
     */
    public String byId(Credential credential, UUID id, boolean voided) {
        return storedById(credential, id, voided).json();
    }

    /** {@link #byId} with the row it comes from (when it was stored, for {@code Last-Modified}). */
    public StoredStatement storedById(Credential credential, UUID id, boolean voided) {
        boolean all = requireRead(credential);
        return transactor.inTransaction(c -> repository.byId(c, credential.storeId(), id))
                .filter(s -> s.voided() == voided)
                .filter(s -> all || s.credentialId().equals(credential.id()))
                .orElseThrow(() -> new NotFoundException((voided ? "Voided statement " : "Statement ") + id));
    }

    /** A page of statements matching the query (statements/read/mine: only the credential's own). */
    public StatementPage query(Credential credential, StatementQuery query) {
        boolean all = requireRead(credential);
        StatementQuery scoped = all ? query : new StatementQuery(query.agentIfi(), query.verbId(), query.activityId(),
                query.registration(), query.relatedActivities(), query.relatedAgents(), query.since(), query.until(),
                query.ascending(), query.limit(), Optional.of(credential.id()), query.afterSeq());
        List<StoredStatement> rows = transactor.inTransaction(c -> repository.query(c, credential.storeId(), scoped));
        boolean more = rows.size() > query.limit();
        List<StoredStatement> page = more ? rows.subList(0, query.limit()) : rows;
        return new StatementPage(page.stream().map(StoredStatement::json).toList(),
                more ? OptionalLong.of(page.get(page.size() - 1).seq()) : OptionalLong.empty(),
                page.stream().map(StoredStatement::stored).max(java.util.Comparator.naturalOrder()));
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored statement is not JSON", e);
        }
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a statement cannot be written as JSON", e);
        }
    }

    /**
     * Whether a repeated statement is the one stored, ignoring what the LRS added or may have changed. Numbers
     * compare by value: a request's numbers are exact decimals, the stored text reads back as binary floating
     * point ({@code 0.9} sent twice is the same statement).
     */
    private boolean sameStatement(String storedJson, ObjectNode incoming) {
        ObjectNode stored = (ObjectNode) vn.hoctap.lrs.json.StrictJson.parse(storedJson);
        ObjectNode candidate = incoming.deepCopy();
        for (String lrsProperty : List.of("stored", "authority", "version", "id")) {
            stored.remove(lrsProperty);
            candidate.remove(lrsProperty);
        }
        if (!candidate.has("timestamp")) {
            stored.remove("timestamp");
        }
        return stored.equals(SAME_VALUE, candidate);
    }

    /** Equal JSON values, numbers by numeric value (0 when equal, as {@link JsonNode#equals(java.util.Comparator, JsonNode)} needs). */
    private static final java.util.Comparator<JsonNode> SAME_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static void requireWrite(Credential credential) {
        if (!credential.permissions().canWriteStatements()) {
            throw new ScopeException("statements/write or all");
        }
    }

    /** Whether the credential reads every statement (true) or only its own (false); refuses otherwise. */
    private static boolean requireRead(Credential credential) {
        if (credential.permissions().canReadAllStatements()) {
            return true;
        }
        if (credential.permissions().canReadOwnStatements()) {
            return false;
        }
        throw new ScopeException("statements/read, statements/read/mine, all/read or all");
    }

    static Optional<UUID> parseUuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
