package vn.hoctap.lrs.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.json.InvalidJsonException;
import vn.hoctap.lrs.json.StrictJson;
import vn.hoctap.lrs.validation.ActorRules.Role;

/**
 * Checks the query parameters of the document resources (State, Activity Profile, Agent Profile; xAPI
 * Communication 2.3 to 2.7) to the same standards as the same values in Statements.
 *
 * <p>Each method checks one parameter value and returns its violations (empty when valid). Paths start with the
 * parameter name: {@code agent}, {@code agent.account.homePage}, {@code activityId}. A {@code null} value means the
 * parameter is missing and is reported as required; callers only call the methods for optional parameters
 * ({@code registration}, {@code since}) when they are present. Stateless and thread-safe.
 */
public final class DocumentParameters {

    private DocumentParameters() {
    }

    /**
     * The {@code agent} parameter: JSON text of an Agent with exactly one identifier, such as
     * {@code {"mbox": "mailto:lan@example.org"}}. Under xAPI 2.0.0 an identified Group (objectType "Group" and one
     * identifier; its members are not needed) is also accepted; xAPI 1.0.3 says the parameter "is an Agent Object
     * and not a Group".
     *
     * @param agentJson the parameter value (decoded from the query string), or null when missing
     * @param version   the request's xAPI version, not null
     */
    public static List<Violation> agent(String agentJson, XapiVersion version) {
        Objects.requireNonNull(version, "version");
        String name = "agent";
        if (agentJson == null) {
            return required(name, "the Agent as JSON, such as {\"mbox\": \"" + ActorRules.MBOX_EXAMPLE + "\"}");
        }
        JsonNode agent;
        try {
            agent = StrictJson.parse(agentJson);
        } catch (InvalidJsonException e) {
            return List.of(new Violation(name, "must be an Agent as JSON, such as {\"mbox\": \""
                    + ActorRules.MBOX_EXAMPLE + "\"}; " + e.violation().message()));
        }
        Checks checks = new Checks(version);
        Role role = version == XapiVersion.V2_0_0 ? Role.AGENT_OR_IDENTIFIED_GROUP_PARAMETER : Role.AGENT_PARAMETER;
        ActorRules.validate(agent, name, role, checks);
        return checks.violations();
    }

    /**
     * The {@code activityId} parameter: an absolute IRI.
     *
     * @param activityId the parameter value, or null when missing
     */
    public static List<Violation> activityId(String activityId) {
        String name = "activityId";
        if (activityId == null) {
            return required(name, "the IRI of the Activity");
        }
        if (!Iris.isAbsoluteIri(activityId)) {
            return List.of(new Violation(name,
                    "must be an absolute IRI (with a scheme) such as " + ActivityRules.ACTIVITY_ID_EXAMPLE));
        }
        return List.of();
    }

    /**
     * The {@code registration} parameter: a UUID.
     *
     * @param registration the parameter value; null is reported as missing
     */
    public static List<Violation> registration(String registration) {
        String name = "registration";
        if (registration == null) {
            return required(name, "a UUID");
        }
        if (!Uuids.isValid(registration)) {
            return List.of(new Violation(name,
                    "must be a UUID in standard form, such as 3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f"));
        }
        return List.of();
    }

    /**
     * A document id parameter, {@code stateId} or {@code profileId}: any non-empty string.
     *
     * @param parameterName the parameter's name, used as the violation path, not null
     * @param documentId    the parameter value, or null when missing
     */
    public static List<Violation> documentId(String parameterName, String documentId) {
        Objects.requireNonNull(parameterName, "parameterName");
        if (documentId == null) {
            return required(parameterName, "the id of the document");
        }
        if (documentId.isEmpty()) {
            return List.of(new Violation(parameterName, "must not be empty"));
        }
        return List.of();
    }

    /**
     * The {@code since} parameter: a Timestamp of the request's version (RFC 3339 under 2.0.0).
     *
     * @param since   the parameter value; null is reported as missing
     * @param version the request's xAPI version, not null
     */
    public static List<Violation> since(String since, XapiVersion version) {
        Objects.requireNonNull(version, "version");
        String name = "since";
        if (since == null) {
            return required(name, Timestamps.expectedFormat(version));
        }
        if (!Timestamps.isValid(since, version)) {
            return List.of(new Violation(name, "must be " + Timestamps.expectedFormat(version)));
        }
        return List.of();
    }

    private static List<Violation> required(String name, String expected) {
        return List.of(new Violation(name, "is required: " + expected));
    }
}
