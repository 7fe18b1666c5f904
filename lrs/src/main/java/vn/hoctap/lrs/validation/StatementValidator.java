package vn.hoctap.lrs.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.json.JsonPaths;
import vn.hoctap.lrs.validation.ActorRules.Role;

/**
 * Checks xAPI Statements against the data rules of xAPI 1.0.3 (Data section 2) and xAPI 2.0.0 (IEEE 9274.1.1),
 * and reports <em>every</em> violation with its JSON path, such as {@code $.actor.mbox} or
 * {@code $.context.contextActivities.parent[0].id}, and a message saying what is wrong and what is expected.
 *
 * <p>The rules (both versions unless marked):
 * <ul>
 *   <li>Statement: a JSON object with only id, actor, verb, object, result, context, timestamp, stored, authority,
 *       version, attachments (and objectType, which must then be "Statement"); actor, verb and object are
 *       required; no property anywhere may be {@code null} except extension values; names and enumerated values
 *       are case-sensitive; every value must have the JSON type the specification gives it.</li>
 *   <li>id, context.registration, StatementRef ids: UUIDs ({@link Uuids}).</li>
 *   <li>actor, authority, context.instructor, context.team, Agent/Group objects: see {@link ActorRules}
 *       (one identifier per Agent, mbox/mbox_sha1sum/openid/account formats, anonymous Groups need members,
 *       members are Agents, team is a Group, an authority Group is anonymous with exactly two Agents).</li>
 *   <li>verb: id (an IRI) required, display a language map.</li>
 *   <li>object: an Activity (objectType absent or "Activity"; see {@link ActivityRules}), an Agent or Group
 *       (objectType required), a StatementRef (objectType "StatementRef", id a UUID) or a SubStatement
 *       (objectType "SubStatement", validated like a Statement, without id, stored, version or authority, and not
 *       containing a SubStatement). A voiding Statement (verb {@value #VOIDED}) must have a StatementRef object.</li>
 *   <li>result: score (scaled in [-1, 1], min &lt; max, min &le; raw &le; max; all numbers), success and
 *       completion booleans, response a string, duration an ISO 8601 duration ({@link Durations}),
 *       extensions.</li>
 *   <li>context: registration, instructor, team, contextActivities (parent, grouping, category, other: each an
 *       Activity or an array of Activities), revision and platform strings only when the object is an Activity,
 *       language a language tag ({@link LanguageTags}), statement a StatementRef, extensions; 2.0.0 only:
 *       contextAgents (objectType "contextAgent", an Agent, optional non-empty relevantTypes of IRIs) and
 *       contextGroups (objectType "contextGroup", a Group, optional non-empty relevantTypes).</li>
 *   <li>timestamp and stored: {@link Timestamps} of the request's version (RFC 3339 in 2.0.0).</li>
 *   <li>version: "1.0" or "1.0.x"; under 2.0.0 also "2.0" or "2.0.x".</li>
 *   <li>attachments: an array of objects with usageType (IRI), display (language map), optional description
 *       (language map), contentType (a media type such as text/plain), length (an integer &ge; 0), sha2 (a hex
 *       SHA-2 digest) and optional fileUrl (IRL).</li>
 *   <li>language maps: keys are RFC 5646 language tags, values strings; extensions: keys are absolute IRIs,
 *       values anything; IRIs and IRLs must be absolute ({@link Iris}).</li>
 * </ul>
 *
 * <p>Validation is purely syntactic, as xAPI asks of an LRS: it does not look up other Statements (whether a
 * voided Statement exists or is itself a voiding Statement) or Activities. Stateless and thread-safe: one
 * instance can serve every request.
 */
public final class StatementValidator {

    /** The verb of voiding Statements. */
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final List<String> STATEMENT_PROPERTIES = List.of("id", "actor", "verb", "object", "result",
            "context", "timestamp", "stored", "authority", "version", "attachments", "objectType");
    private static final List<String> SUBSTATEMENT_PROPERTIES = List.of("objectType", "actor", "verb", "object",
            "result", "context", "timestamp", "attachments");
    private static final List<String> FORBIDDEN_IN_SUBSTATEMENT = List.of("id", "stored", "version", "authority");
    private static final List<String> VERB_PROPERTIES = List.of("id", "display");
    private static final List<String> STATEMENT_REF_PROPERTIES = List.of("objectType", "id");
    private static final List<String> RESULT_PROPERTIES =
            List.of("score", "success", "completion", "response", "duration", "extensions");
    private static final List<String> SCORE_PROPERTIES = List.of("scaled", "raw", "min", "max");
    private static final List<String> CONTEXT_PROPERTIES_1_0 = List.of("registration", "instructor", "team",
            "contextActivities", "revision", "platform", "language", "statement", "extensions");
    private static final List<String> CONTEXT_PROPERTIES_2_0 = List.of("registration", "instructor", "team",
            "contextActivities", "revision", "platform", "language", "statement", "extensions", "contextAgents",
            "contextGroups");
    private static final List<String> CONTEXT_ACTIVITIES_PROPERTIES = List.of("parent", "grouping", "category",
            "other");
    private static final List<String> CONTEXT_AGENT_PROPERTIES = List.of("objectType", "agent", "relevantTypes");
    private static final List<String> CONTEXT_GROUP_PROPERTIES = List.of("objectType", "group", "relevantTypes");
    private static final List<String> ATTACHMENT_PROPERTIES = List.of("usageType", "display", "description",
            "contentType", "length", "sha2", "fileUrl");
    private static final List<String> OBJECT_TYPES =
            List.of("Activity", "Agent", "Group", "StatementRef", "SubStatement");

    private static final Pattern VERSION_1_0 = Pattern.compile("1\\.0(\\.\\d+)?");
    private static final Pattern VERSION_2_0 = Pattern.compile("2\\.0(\\.\\d+)?");
    /** type "/" subtype, each an RFC 9110 token, then optional parameters. */
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s*;.*)?", Pattern.DOTALL);

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    /**
     * Validates one Statement.
     *
     * @param statement the Statement as parsed JSON (any JSON value: a non-object is itself a violation), not null
     * @param version   the xAPI version of the request, not null
     * @return every violation found, paths rooted at {@code $}, in the stable order of the checks; empty when
     *         valid
     */
    public List<Violation> validate(JsonNode statement, XapiVersion version) {
        Objects.requireNonNull(statement, "statement");
        Checks checks = new Checks(version);
        validateStatement(statement, JsonPaths.ROOT, checks);
        return checks.violations();
    }

    /**
     * Validates a batch of Statements, as POSTed to the Statement resource as a JSON array.
     *
     * <p>Each element is validated as by {@link #validate}, with paths such as {@code $[3].actor.mbox}; in
     * addition, a Statement id used more than once in the batch is reported at the later element's id
     * (xAPI: the LRS should reject such a batch). A non-array is reported at {@code $}. An empty array is valid.
     *
     * @param statements the batch as parsed JSON, not null
     * @param version    the xAPI version of the request, not null
     * @return every violation found in every Statement; empty when all are valid
     */
    public List<Violation> validateBatch(JsonNode statements, XapiVersion version) {
        Objects.requireNonNull(statements, "statements");
        Checks checks = new Checks(version);
        if (!checks.isArray(statements, JsonPaths.ROOT, "an array of Statements")) {
            return checks.violations();
        }
        Map<String, Integer> firstIndexById = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonNode statement = statements.get(i);
            String path = JsonPaths.index(JsonPaths.ROOT, i);
            validateStatement(statement, path, checks);
            JsonNode id = statement.isObject() ? Checks.value(statement, "id") : null;
            if (id != null && id.isTextual() && Uuids.isValid(id.textValue())) {
                Integer first = firstIndexById.putIfAbsent(id.textValue().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    checks.add(JsonPaths.property(path, "id"), "duplicates the id of "
                            + JsonPaths.index(JsonPaths.ROOT, first) + "; each Statement in a batch needs its own id");
                }
            }
        }
        return checks.violations();
    }

    private static void validateStatement(JsonNode statement, String path, Checks checks) {
        if (!checks.isObject(statement, path, "a Statement object")) {
            return;
        }
        checks.onlyProperties(statement, path, STATEMENT_PROPERTIES, "a Statement");
        JsonNode objectType = Checks.value(statement, "objectType");
        if (objectType != null && !Checks.hasText(statement, "objectType", "Statement")) {
            checks.add(JsonPaths.property(path, "objectType"),
                    "must be \"Statement\" or left out (a SubStatement is only allowed as a Statement's object)");
        }
        checks.uuid(statement, path, "id");
        validateCore(statement, path, false, checks);
        checks.timestamp(statement, path, "stored");
        JsonNode authority = Checks.value(statement, "authority");
        if (authority != null) {
            ActorRules.validate(authority, JsonPaths.property(path, "authority"), Role.AUTHORITY, checks);
        }
        validateVersionProperty(statement, path, checks);
    }

    /** What Statements and SubStatements share: actor, verb, object, result, context, timestamp, attachments. */
    private static void validateCore(JsonNode statement, String path, boolean inSubStatement, Checks checks) {
        String what = inSubStatement ? "a SubStatement" : "a Statement";
        checks.required(statement, path, "actor", what + " needs an actor, an Agent or Group");
        checks.required(statement, path, "verb", what + " needs a verb such as {\"id\": "
                + "\"http://adlnet.gov/expapi/verbs/completed\"}");
        checks.required(statement, path, "object", what + " needs an object, such as an Activity");
        JsonNode actor = Checks.value(statement, "actor");
        if (actor != null) {
            ActorRules.validate(actor, JsonPaths.property(path, "actor"), Role.ACTOR, checks);
        }
        JsonNode verb = Checks.value(statement, "verb");
        if (verb != null) {
            validateVerb(verb, JsonPaths.property(path, "verb"), checks);
        }
        JsonNode object = Checks.value(statement, "object");
        if (object != null) {
            validateObject(object, JsonPaths.property(path, "object"), inSubStatement, checks);
            validateVoiding(statement, path, checks);
        }
        JsonNode result = Checks.value(statement, "result");
        if (result != null) {
            validateResult(result, JsonPaths.property(path, "result"), checks);
        }
        JsonNode context = Checks.value(statement, "context");
        if (context != null) {
            validateContext(context, JsonPaths.property(path, "context"), isActivity(object), checks);
        }
        checks.timestamp(statement, path, "timestamp");
        JsonNode attachments = Checks.value(statement, "attachments");
        if (attachments != null) {
            validateAttachments(attachments, JsonPaths.property(path, "attachments"), checks);
        }
    }

    private static void validateVerb(JsonNode verb, String path, Checks checks) {
        if (!checks.isObject(verb, path,
                "a Verb object such as {\"id\": \"http://adlnet.gov/expapi/verbs/completed\"}")) {
            return;
        }
        checks.onlyProperties(verb, path, VERB_PROPERTIES, "a Verb");
        checks.required(verb, path, "id", "the IRI that identifies the Verb");
        checks.iri(verb, path, "id", "http://adlnet.gov/expapi/verbs/completed");
        checks.languageMap(verb, path, "display");
    }

    private static void validateObject(JsonNode object, String path, boolean inSubStatement, Checks checks) {
        if (!checks.isObject(object, path, "an object: an Activity, Agent, Group, StatementRef or SubStatement")) {
            return;
        }
        JsonNode type = Checks.value(object, "objectType");
        String typeName = type != null && type.isTextual() ? type.textValue() : null;
        if (type == null && looksLikeAgentOrGroup(object)) {
            ActorRules.validate(object, path, Role.OBJECT, checks);
            return;
        }
        if (type == null || "Activity".equals(typeName)) {
            ActivityRules.validate(object, path, checks);
            return;
        }
        switch (typeName == null ? "" : typeName) {
            case "Agent", "Group" -> ActorRules.validate(object, path, Role.OBJECT, checks);
            case "StatementRef" -> validateStatementRef(object, path, checks);
            case "SubStatement" -> {
                if (inSubStatement) {
                    checks.add(path, "must not be a SubStatement: a SubStatement cannot contain another SubStatement");
                } else {
                    validateSubStatement(object, path, checks);
                }
            }
            default -> checks.add(JsonPaths.property(path, "objectType"), "must be one of "
                    + String.join(", ", OBJECT_TYPES) + " (case-sensitive), not "
                    + (typeName == null ? Checks.describe(type) : "\"" + typeName + "\""));
        }
    }

    private static void validateSubStatement(JsonNode sub, String path, Checks checks) {
        for (var field : sub.properties()) {
            String name = field.getKey();
            String fieldPath = JsonPaths.property(path, name);
            if (FORBIDDEN_IN_SUBSTATEMENT.contains(name)) {
                checks.add(fieldPath, "is not allowed in a SubStatement: a SubStatement has no id, stored, version or "
                        + "authority");
            } else if (!SUBSTATEMENT_PROPERTIES.contains(name)) {
                checks.add(fieldPath, "is not a property of a SubStatement; allowed are "
                        + String.join(", ", SUBSTATEMENT_PROPERTIES) + " (names are case-sensitive)");
            } else if (field.getValue().isNull()) {
                checks.add(fieldPath, "must not be null; leave the property out instead (only extension values may "
                        + "be null)");
            }
        }
        validateCore(sub, path, true, checks);
    }

    private static void validateStatementRef(JsonNode ref, String path, Checks checks) {
        if (!checks.isObject(ref, path, "a StatementRef object such as {\"objectType\": \"StatementRef\", "
                + "\"id\": \"3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f\"}")) {
            return;
        }
        checks.onlyProperties(ref, path, STATEMENT_REF_PROPERTIES, "a StatementRef");
        if (!ref.has("objectType")) {
            checks.add(JsonPaths.property(path, "objectType"), "is required: a StatementRef must say objectType "
                    + "\"StatementRef\"");
        } else if (Checks.value(ref, "objectType") != null && !Checks.hasText(ref, "objectType", "StatementRef")) {
            checks.add(JsonPaths.property(path, "objectType"), "must be \"StatementRef\" (case-sensitive)");
        }
        checks.required(ref, path, "id", "the UUID of the Statement referred to");
        checks.uuid(ref, path, "id");
    }

    private static void validateVoiding(JsonNode statement, String path, Checks checks) {
        JsonNode verb = Checks.value(statement, "verb");
        JsonNode object = Checks.value(statement, "object");
        if (verb != null && verb.isObject() && Checks.hasText(verb, "id", VOIDED) && object.isObject()
                && !Checks.hasText(object, "objectType", "StatementRef")) {
            checks.add(JsonPaths.property(path, "object"), "must be a StatementRef (objectType \"StatementRef\") "
                    + "because the verb is " + VOIDED + ": a voiding Statement refers to the Statement it voids");
        }
    }

    /**
     * Whether the object may be an Activity, for the context revision/platform rule: false only for an object whose
     * objectType is Agent, Group, StatementRef or SubStatement (a missing or broken object is reported elsewhere).
     */
    private static boolean isActivity(JsonNode object) {
        if (object == null || !object.isObject()) {
            return true;
        }
        JsonNode type = Checks.value(object, "objectType");
        return type == null || !type.isTextual() || !OBJECT_TYPES.contains(type.textValue())
                || type.textValue().equals("Activity");
    }

    /**
     * An object without objectType is an Activity, but one with an Agent's identifier and neither id nor definition
     * was meant as an Agent or Group: it is validated as one, so that the message says objectType is missing.
     */
    private static boolean looksLikeAgentOrGroup(JsonNode object) {
        boolean actorProperty = object.has("mbox") || object.has("mbox_sha1sum") || object.has("openid")
                || object.has("account") || object.has("member");
        return actorProperty && !object.has("id") && !object.has("definition");
    }

    private static void validateResult(JsonNode result, String path, Checks checks) {
        if (!checks.isObject(result, path, "a Result object")) {
            return;
        }
        checks.onlyProperties(result, path, RESULT_PROPERTIES, "a Result");
        JsonNode score = Checks.value(result, "score");
        if (score != null) {
            validateScore(score, JsonPaths.property(path, "score"), checks);
        }
        checks.bool(result, path, "success");
        checks.bool(result, path, "completion");
        checks.string(result, path, "response");
        String duration = checks.string(result, path, "duration");
        if (duration != null && !Durations.isValid(duration)) {
            checks.add(JsonPaths.property(path, "duration"), "must be an ISO 8601 duration such as PT1H30M5.25S, "
                    + "P1DT12H or P2W");
        }
        checks.extensions(result, path, "extensions");
    }

    private static void validateScore(JsonNode score, String path, Checks checks) {
        if (!checks.isObject(score, path, "a Score object such as {\"scaled\": 0.85, \"raw\": 85, \"min\": 0, "
                + "\"max\": 100}")) {
            return;
        }
        checks.onlyProperties(score, path, SCORE_PROPERTIES, "a Score");
        BigDecimal scaled = number(score, path, "scaled", checks);
        BigDecimal raw = number(score, path, "raw", checks);
        BigDecimal min = number(score, path, "min", checks);
        BigDecimal max = number(score, path, "max", checks);
        if (scaled != null && (scaled.compareTo(MINUS_ONE) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            checks.add(JsonPaths.property(path, "scaled"), "must be between -1 and 1 inclusive; it is "
                    + scaled.toPlainString());
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            checks.add(JsonPaths.property(path, "min"), "must be less than max (" + max.toPlainString() + "); it is "
                    + min.toPlainString());
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            checks.add(JsonPaths.property(path, "raw"), "must not be less than min (" + min.toPlainString()
                    + "); it is " + raw.toPlainString());
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            checks.add(JsonPaths.property(path, "raw"), "must not be greater than max (" + max.toPlainString()
                    + "); it is " + raw.toPlainString());
        }
    }

    private static BigDecimal number(JsonNode object, String path, String name, Checks checks) {
        JsonNode value = Checks.value(object, name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            checks.add(JsonPaths.property(path, name), "must be a number (not a string, even one containing a "
                    + "number), not " + Checks.describe(value));
            return null;
        }
        return value.decimalValue();
    }

    private static void validateContext(JsonNode context, String path, boolean objectIsActivity, Checks checks) {
        if (!checks.isObject(context, path, "a Context object")) {
            return;
        }
        boolean v2 = checks.version() == XapiVersion.V2_0_0;
        if (v2) {
            checks.onlyProperties(context, path, CONTEXT_PROPERTIES_2_0, "a Context");
        } else {
            checks.onlyProperties(context, path, CONTEXT_PROPERTIES_1_0, "a Context", "contextAgents",
                    "contextGroups");
        }
        checks.uuid(context, path, "registration");
        JsonNode instructor = Checks.value(context, "instructor");
        if (instructor != null) {
            ActorRules.validate(instructor, JsonPaths.property(path, "instructor"), Role.INSTRUCTOR, checks);
        }
        JsonNode team = Checks.value(context, "team");
        if (team != null) {
            ActorRules.validate(team, JsonPaths.property(path, "team"), Role.TEAM, checks);
        }
        JsonNode contextActivities = Checks.value(context, "contextActivities");
        if (contextActivities != null) {
            validateContextActivities(contextActivities, JsonPaths.property(path, "contextActivities"), checks);
        }
        for (String activityOnly : List.of("revision", "platform")) {
            checks.string(context, path, activityOnly);
            if (context.has(activityOnly) && !objectIsActivity) {
                checks.add(JsonPaths.property(path, activityOnly), "is only allowed when the object of the Statement "
                        + "is an Activity");
            }
        }
        checks.languageTag(context, path, "language");
        JsonNode statement = Checks.value(context, "statement");
        if (statement != null) {
            validateStatementRef(statement, JsonPaths.property(path, "statement"), checks);
        }
        checks.extensions(context, path, "extensions");
        for (String addedIn2 : List.of("contextAgents", "contextGroups")) {
            if (!v2 && context.has(addedIn2)) {
                checks.add(JsonPaths.property(path, addedIn2), "is not allowed in xAPI 1.0.x: " + addedIn2
                        + " was added in xAPI 2.0.0 (send X-Experience-API-Version: 2.0.0)");
            }
        }
        JsonNode contextAgents = Checks.value(context, "contextAgents");
        if (v2 && contextAgents != null) {
            validateContextAgents(contextAgents, JsonPaths.property(path, "contextAgents"), checks, false);
        }
        JsonNode contextGroups = Checks.value(context, "contextGroups");
        if (v2 && contextGroups != null) {
            validateContextAgents(contextGroups, JsonPaths.property(path, "contextGroups"), checks, true);
        }
    }

    private static void validateContextActivities(JsonNode activities, String path, Checks checks) {
        if (!checks.isObject(activities, path, "a contextActivities object with parent, grouping, category or "
                + "other")) {
            return;
        }
        checks.onlyProperties(activities, path, CONTEXT_ACTIVITIES_PROPERTIES, "contextActivities");
        for (String kind : CONTEXT_ACTIVITIES_PROPERTIES) {
            JsonNode value = Checks.value(activities, kind);
            String kindPath = JsonPaths.property(path, kind);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    ActivityRules.validate(value.get(i), JsonPaths.index(kindPath, i), checks);
                }
            } else if (value.isObject()) {
                ActivityRules.validate(value, kindPath, checks);
            } else {
                checks.add(kindPath, "must be an Activity object or an array of Activity objects, not "
                        + Checks.describe(value));
            }
        }
    }

    /** contextAgents (groups false) or contextGroups (groups true), xAPI 2.0.0. */
    private static void validateContextAgents(JsonNode list, String path, Checks checks, boolean groups) {
        String kind = groups ? "contextGroup" : "contextAgent";
        String member = groups ? "group" : "agent";
        if (!checks.isArray(list, path, "an array of " + kind + " objects")) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String entryPath = JsonPaths.index(path, i);
            if (!checks.isObject(entry, entryPath, "a " + kind + " object such as {\"objectType\": \"" + kind
                    + "\", \"" + member + "\": {...}, \"relevantTypes\": [\"https://example.org/types/mentor\"]}")) {
                continue;
            }
            checks.onlyProperties(entry, entryPath, groups ? CONTEXT_GROUP_PROPERTIES : CONTEXT_AGENT_PROPERTIES,
                    "a " + kind);
            checks.required(entry, entryPath, "objectType", "a " + kind + " must say objectType \"" + kind + "\"");
            if (Checks.value(entry, "objectType") != null && !Checks.hasText(entry, "objectType", kind)) {
                checks.add(JsonPaths.property(entryPath, "objectType"), "must be \"" + kind + "\" (case-sensitive)");
            }
            checks.required(entry, entryPath, member, groups ? "the Group this entry is about"
                    : "the Agent this entry is about");
            JsonNode actor = Checks.value(entry, member);
            if (actor != null) {
                ActorRules.validate(actor, JsonPaths.property(entryPath, member),
                        groups ? Role.CONTEXT_GROUP : Role.CONTEXT_AGENT, checks);
            }
            JsonNode relevantTypes = Checks.value(entry, "relevantTypes");
            String typesPath = JsonPaths.property(entryPath, "relevantTypes");
            if (relevantTypes != null && checks.isArray(relevantTypes, typesPath, "a non-empty array of IRIs")) {
                if (relevantTypes.isEmpty()) {
                    checks.add(typesPath, "must contain at least one IRI; leave relevantTypes out instead");
                }
                for (int t = 0; t < relevantTypes.size(); t++) {
                    JsonNode type = relevantTypes.get(t);
                    if (!type.isTextual() || !Iris.isAbsoluteIri(type.textValue())) {
                        checks.add(JsonPaths.index(typesPath, t), "must be an absolute IRI such as "
                                + "https://hoctap.example.org/xapi/types/mentor");
                    }
                }
            }
        }
    }

    private static void validateVersionProperty(JsonNode statement, String path, Checks checks) {
        String version = checks.string(statement, path, "version");
        if (version == null) {
            return;
        }
        boolean v2 = checks.version() == XapiVersion.V2_0_0;
        boolean accepted = VERSION_1_0.matcher(version).matches() || (v2 && VERSION_2_0.matcher(version).matches());
        if (!accepted) {
            checks.add(JsonPaths.property(path, "version"), v2
                    ? "must be 1.0, 1.0.x, 2.0 or 2.0.x, such as 2.0.0"
                    : "must be 1.0 or 1.0.x, such as 1.0.3 (xAPI 1.0.x does not accept other versions)");
        }
    }

    private static void validateAttachments(JsonNode attachments, String path, Checks checks) {
        if (!checks.isArray(attachments, path, "an array of Attachment objects")) {
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            validateAttachment(attachments.get(i), JsonPaths.index(path, i), checks);
        }
    }

    private static void validateAttachment(JsonNode attachment, String path, Checks checks) {
        if (!checks.isObject(attachment, path, "an Attachment object")) {
            return;
        }
        checks.onlyProperties(attachment, path, ATTACHMENT_PROPERTIES, "an Attachment");
        checks.required(attachment, path, "usageType", "an IRI saying what the attachment is for");
        checks.required(attachment, path, "display", "a language map with the attachment's title");
        checks.required(attachment, path, "contentType", "the attachment's media type, such as application/pdf");
        checks.required(attachment, path, "length", "the attachment's size in bytes");
        checks.required(attachment, path, "sha2", "the hexadecimal SHA-2 digest of the attachment's content");
        checks.iri(attachment, path, "usageType", "http://adlnet.gov/expapi/attachments/signature");
        checks.languageMap(attachment, path, "display");
        checks.languageMap(attachment, path, "description");
        String contentType = checks.string(attachment, path, "contentType");
        if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
            checks.add(JsonPaths.property(path, "contentType"), "must be an Internet media type such as "
                    + "application/pdf or text/plain; charset=utf-8");
        }
        JsonNode length = Checks.value(attachment, "length");
        if (length != null) {
            if (!length.isIntegralNumber()) {
                checks.add(JsonPaths.property(path, "length"), "must be an integer number of bytes such as 27, not "
                        + (length.isNumber() ? "a number with a fraction or exponent" : Checks.describe(length)));
            } else if (length.bigIntegerValue().signum() < 0) {
                checks.add(JsonPaths.property(path, "length"), "must not be negative");
            }
        }
        String sha2 = checks.string(attachment, path, "sha2");
        if (sha2 != null && !isSha2(sha2)) {
            checks.add(JsonPaths.property(path, "sha2"), "must be a SHA-2 digest in hexadecimal (56, 64, 96 or 128 "
                    + "digits), such as the 64 digits of a SHA-256");
        }
        checks.irl(attachment, path, "fileUrl", "https://hoctap.example.org/files/chung-chi.pdf");
    }

    private static boolean isSha2(String digest) {
        return ActorRules.isHex(digest, 56) || ActorRules.isHex(digest, 64) || ActorRules.isHex(digest, 96)
                || ActorRules.isHex(digest, 128);
    }
}
