package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.lrs.json.StrictJson;

/** Test statements and small JSON edits for the validation tests. */
final class Fixtures {

    static final StatementValidator VALIDATOR = new StatementValidator();

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final ObjectNode RICH = resource("/xapi/rich-statement.json");
    private static final ObjectNode CONTEXT_AGENTS = resource("/xapi/context-agents-2.0.json");

    private Fixtures() {
    }

    /** The rich, valid statement of {@code xapi/rich-statement.json} (a fresh copy). */
    static ObjectNode richStatement() {
        return RICH.deepCopy();
    }

    /** The valid xAPI 2.0.0 statement with contextAgents and contextGroups (a fresh copy). */
    static ObjectNode contextAgentsStatement() {
        return CONTEXT_AGENTS.deepCopy();
    }

    /** A minimal valid statement: an actor, a verb and an Activity. */
    static ObjectNode minimalStatement() {
        return StrictJson.parseObject("""
                {"actor": {"mbox": "mailto:lan@example.org"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
                 "object": {"id": "https://hoctap.example.org/xapi/activities/bai-hoc-1"}}""");
    }

    static ObjectNode resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return StrictJson.parseObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An edit that sets the value at {@code path} ({@code actor.mbox}, {@code context.contextActivities.parent[0].id};
     * missing objects on the way are created) to the JSON value {@code json}.
     */
    static UnaryOperator<ObjectNode> set(String path, String json) {
        return statement -> {
            JsonNode value = StrictJson.parse(json);
            Target target = locate(statement, path, true);
            if (target.index >= 0) {
                ((ArrayNode) target.parent).set(target.index, value);
            } else {
                ((ObjectNode) target.parent).set(target.name, value);
            }
            return statement;
        };
    }

    /** An edit that removes the property or array element at {@code path}. */
    static UnaryOperator<ObjectNode> remove(String path) {
        return statement -> {
            Target target = locate(statement, path, false);
            if (target.index >= 0) {
                ((ArrayNode) target.parent).remove(target.index);
            } else {
                ((ObjectNode) target.parent).remove(target.name);
            }
            return statement;
        };
    }

    /** Several edits applied in order. */
    @SafeVarargs
    static UnaryOperator<ObjectNode> edits(UnaryOperator<ObjectNode>... edits) {
        return statement -> {
            ObjectNode result = statement;
            for (UnaryOperator<ObjectNode> edit : edits) {
                result = edit.apply(result);
            }
            return result;
        };
    }

    /** Asserts that the statement has exactly one violation, at {@code path}, whose message contains the text. */
    static void assertOnlyViolation(JsonNode statement, XapiVersion version, String path, String messagePart) {
        List<Violation> violations = VALIDATOR.validate(statement, version);
        assertThat(violations).as("violations under %s", version).hasSize(1);
        assertThat(violations.get(0).path()).isEqualTo(path);
        assertThat(violations.get(0).message()).contains(messagePart);
    }

    static void assertValid(JsonNode statement, XapiVersion version) {
        assertThat(VALIDATOR.validate(statement, version)).as("violations under %s", version).isEmpty();
    }

    private record Target(JsonNode parent, String name, int index) {
    }

    private static Target locate(ObjectNode root, String path, boolean create) {
        String[] segments = path.split("\\.");
        JsonNode node = root;
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad path " + path);
            }
            String name = m.group(1);
            List<Integer> indexes = indexes(m.group(2));
            boolean last = s == segments.length - 1;
            if (last && indexes.isEmpty()) {
                return new Target(node, name, -1);
            }
            JsonNode child = node.get(name);
            if (child == null && create) {
                child = ((ObjectNode) node).putObject(name);
            }
            node = child;
            for (int i = 0; i < indexes.size(); i++) {
                if (last && i == indexes.size() - 1) {
                    return new Target(node, null, indexes.get(i));
                }
                node = node.get(indexes.get(i));
            }
        }
        throw new IllegalArgumentException("bad path " + path);
    }

    private static List<Integer> indexes(String brackets) {
        if (brackets.isEmpty()) {
            return List.of();
        }
        return Pattern.compile("\\[(\\d+)]").matcher(brackets).results()
                .map(r -> Integer.parseInt(r.group(1))).toList();
    }
}
