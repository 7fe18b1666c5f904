package vn.hoctap.lrs.pseudonym;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.json.JsonPaths;

/**
 * The privacy rule of statements sent through the app path (ADR 21): the learner is the only person a statement
 * names, and only by the pseudonymous agent.
 * <ul>
 *   <li>{@code actor} is <em>rewritten</em>: whatever the app put there (nothing, a placeholder, an agent with a
 *       name, mbox or another account) is replaced by the learner's pseudonymous agent. The request says who the
 *       learner is; content launched offline cannot know the pseudonym.</li>
 *   <li>{@code authority} is dropped (the LRS writes the app client's own authority).</li>
 *   <li>any other agent or group anywhere else (object, context instructor and team, context agents and groups,
 *       a sub-statement's actor or object...) makes the statement <em>rejected</em>, reported at its path: such a
 *       statement would carry another person's identifiers, and dropping them would change what it says.</li>
 * </ul>
 * Extension values are the content's own data and are not inspected. Stateless.
 */
public final class AppStatementPrivacy {

    private static final Set<String> IDENTIFIERS = Set.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> PERSON_TYPES = Set.of("Agent", "Group", "contextAgent", "contextGroup");

    /**
     * Rewrites {@code statement} in place (actor, authority) and returns the places that still name a person,
     * with paths under {@code path} (the statement's own path in the request, such as {@code $.statements[2]}).
     *
     * @param statement the statement as sent (a JSON object), changed in place
     * @param learner   the learner's pseudonymous agent ({@link Pseudonyms#agent(String)})
     * @param path      the JSON path of the statement in the request
     * @return the violations; empty when the statement names nobody but the learner
     */
    public List<Violation> apply(ObjectNode statement, ObjectNode learner, String path) {
        statement.set("actor", learner.deepCopy());
        statement.remove("authority");
        List<Violation> violations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = statement.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("actor")) {
                scan(field.getValue(), JsonPaths.property(path, field.getKey()), violations);
            }
        }
        return violations;
    }

    private static void scan(JsonNode node, String path, List<Violation> violations) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), JsonPaths.index(path, i), violations);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (namesPerson(node)) {
            violations.add(new Violation(path, "names a person: a statement sent through the app may name only the"
                    + " learner, whom the server sets as actor; leave other people out"));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("extensions")) {
                scan(field.getValue(), JsonPaths.property(path, field.getKey()), violations);
            }
        }
    }

    private static boolean namesPerson(JsonNode node) {
        if (PERSON_TYPES.contains(node.path("objectType").asText())) {
            return true;
        }
        for (String identifier : IDENTIFIERS) {
            if (node.has(identifier)) {
                return true;
            }
        }
        return node.has("member");
    }
}
