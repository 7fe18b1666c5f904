package vn.hoctap.lrs.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.hoctap.lrs.json.JsonPaths;

/**
 * The rules for Agents and Groups (xAPI Data 2.4.2), wherever they appear: actor, object, context instructor and
 * team, authority, Group members, context agents and groups, and the {@code agent} parameter of the document
 * resources. What is allowed depends on the {@link Role}.
 */
final class ActorRules {

    /** Where an Agent or Group appears, which decides what it may be. */
    enum Role {
        /** A Statement's actor: an Agent or a Group. */
        ACTOR("an Agent or Group object", true, true),
        /** A Statement's object: an Agent or a Group with an explicit objectType. */
        OBJECT("an Agent or Group object", true, true),
        /** context.instructor: an Agent or a Group. */
        INSTRUCTOR("an Agent or Group object", true, true),
        /** context.team: a Group. */
        TEAM("a Group object", false, true),
        /** authority: an Agent, or an anonymous Group of exactly two Agents (3-legged OAuth). */
        AUTHORITY("an Agent or Group object", true, true),
        /** An element of a Group's member list: an Agent. */
        MEMBER("an Agent object", true, false),
        /** contextAgents[].agent: an Agent. */
        CONTEXT_AGENT("an Agent object", true, false),
        /** contextGroups[].group: a Group. */
        CONTEXT_GROUP("a Group object", false, true),
        /** The agent parameter of a document resource (xAPI 1.0.x): an Agent. */
        AGENT_PARAMETER("an Agent object", true, false),
        /** The agent parameter of a document resource (xAPI 2.0.0): an Agent or an identified Group. */
        AGENT_OR_IDENTIFIED_GROUP_PARAMETER("an Agent or identified Group object", true, true);

        private final String expected;
        private final boolean agentAllowed;
        private final boolean groupAllowed;

        Role(String expected, boolean agentAllowed, boolean groupAllowed) {
            this.expected = expected;
            this.agentAllowed = agentAllowed;
            this.groupAllowed = groupAllowed;
        }
    }

    static final String MBOX_EXAMPLE = "mailto:lan@example.org";

    private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final List<String> AGENT_PROPERTIES =
            List.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final List<String> GROUP_PROPERTIES =
            List.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
    private static final List<String> ACCOUNT_PROPERTIES = List.of("homePage", "name");

    private ActorRules() {
    }

    /** Validates the Agent or Group {@code node} found at {@code path} in the given role. */
    static void validate(JsonNode node, String path, Role role, Checks checks) {
        if (!checks.isObject(node, path, role.expected)) {
            return;
        }
        boolean group = isGroup(node, path, role, checks);
        if (group && !role.groupAllowed) {
            checks.add(JsonPaths.property(path, "objectType"), switch (role) {
                case MEMBER -> "must be \"Agent\": a Group cannot be a member of a Group";
                default -> "must be \"Agent\": only an Agent is allowed here";
            });
        } else if (!group && !role.agentAllowed) {
            checks.add(JsonPaths.property(path, "objectType"), switch (role) {
                case TEAM -> "must be \"Group\": a team is a Group (an Agent has objectType \"Agent\" or none)";
                default -> "must be \"Group\": only a Group is allowed here";
            });
        }
        checks.string(node, path, "name");
        List<String> identifiers = identifiers(node);
        if (group) {
            validateGroup(node, path, role, identifiers, checks);
        } else {
            checks.onlyProperties(node, path, AGENT_PROPERTIES, "an Agent");
            if (identifiers.size() != 1) {
                checks.add(path, "an Agent must have exactly one identifier (mbox, mbox_sha1sum, openid or "
                        + "account); it has " + count(identifiers));
            }
        }
        validateIdentifiers(node, path, checks);
    }

    /** Reads objectType, reporting a missing or wrong one; a node with "member" and no type is taken as a Group. */
    private static boolean isGroup(JsonNode node, String path, Role role, Checks checks) {
        String typePath = JsonPaths.property(path, "objectType");
        JsonNode type = Checks.value(node, "objectType");
        boolean looksLikeGroup = node.has("member");
        if (type == null) {
            if (!node.has("objectType")) {
                if (role == Role.OBJECT) {
                    checks.add(typePath, "is required when an Agent or Group is the object of a Statement: use "
                            + "\"Agent\" or \"Group\"");
                    return looksLikeGroup;
                }
                if (role == Role.TEAM || role == Role.CONTEXT_GROUP) {
                    checks.add(typePath, "is required: a Group must say objectType \"Group\"");
                    return true;
                }
            }
            return looksLikeGroup && role.groupAllowed && !role.agentAllowed;
        }
        if (type.isTextual() && (type.textValue().equals("Agent") || type.textValue().equals("Group"))) {
            return type.textValue().equals("Group");
        }
        checks.add(typePath, "must be \"Agent\" or \"Group\" (case-sensitive), not "
                + (type.isTextual() ? "\"" + type.textValue() + "\"" : Checks.describe(type)));
        return looksLikeGroup;
    }

    private static void validateGroup(JsonNode node, String path, Role role, List<String> identifiers,
            Checks checks) {
        checks.onlyProperties(node, path, GROUP_PROPERTIES, "a Group");
        if (identifiers.size() > 1) {
            checks.add(path, "an identified Group must have exactly one identifier (mbox, mbox_sha1sum, openid or "
                    + "account); it has " + count(identifiers));
        }
        boolean anonymous = identifiers.isEmpty();
        if (role == Role.AUTHORITY && !anonymous) {
            checks.add(path, "an authority that is a Group must be an anonymous Group of two Agents (the OAuth "
                    + "application and the user), without mbox, mbox_sha1sum, openid or account");
        }
        if (role == Role.AGENT_OR_IDENTIFIED_GROUP_PARAMETER && anonymous) {
            checks.add(path, "a Group used as the agent parameter must be an identified Group, with one of mbox, "
                    + "mbox_sha1sum, openid or account");
        }
        JsonNode members = Checks.value(node, "member");
        String membersPath = JsonPaths.property(path, "member");
        if (members == null) {
            if (anonymous && !node.has("member") && role != Role.AGENT_OR_IDENTIFIED_GROUP_PARAMETER) {
                checks.add(membersPath, "is required: an anonymous Group (one without mbox, mbox_sha1sum, openid or "
                        + "account) must list its Agents in member");
            }
            return;
        }
        if (!checks.isArray(members, membersPath, "an array of Agent objects")) {
            return;
        }
        if (anonymous && members.isEmpty()) {
            checks.add(membersPath, "must list at least one Agent: an anonymous Group is defined by its members");
        }
        if (role == Role.AUTHORITY && anonymous && members.size() != 2) {
            checks.add(membersPath, "must list exactly two Agents (the OAuth application and the user) when the Group "
                    + "is an authority; it lists " + members.size());
        }
        for (int i = 0; i < members.size(); i++) {
            validate(members.get(i), JsonPaths.index(membersPath, i), Role.MEMBER, checks);
        }
    }

    private static void validateIdentifiers(JsonNode node, String path, Checks checks) {
        String mbox = checks.string(node, path, "mbox");
        if (mbox != null && !Iris.isMailtoIri(mbox)) {
            checks.add(JsonPaths.property(path, "mbox"), "must be a mailto: IRI such as " + MBOX_EXAMPLE);
        }
        String sha1 = checks.string(node, path, "mbox_sha1sum");
        if (sha1 != null && !isHex(sha1, 40)) {
            checks.add(JsonPaths.property(path, "mbox_sha1sum"), "must be the SHA-1 hash of a mailto: IRI as 40 "
                    + "hexadecimal digits, such as ebd31e95054c018b10727ccffd2ef2ec3a016ee9");
        }
        String openid = checks.string(node, path, "openid");
        if (openid != null && !Iris.isAbsoluteUri(openid)) {
            checks.add(JsonPaths.property(path, "openid"),
                    "must be an absolute URI such as https://openid.example.org/lan");
        }
        JsonNode account = Checks.value(node, "account");
        String accountPath = JsonPaths.property(path, "account");
        if (account != null && checks.isObject(account, accountPath,
                "an account object such as {\"homePage\": \"https://lms.example.org\", \"name\": \"lan.nguyen\"}")) {
            checks.onlyProperties(account, accountPath, ACCOUNT_PROPERTIES, "an account");
            checks.required(account, accountPath, "homePage", "the IRL of the system the account belongs to");
            checks.required(account, accountPath, "name", "the account's unique id or login name on that system");
            checks.irl(account, accountPath, "homePage", "https://lms.example.org");
            checks.string(account, accountPath, "name");
        }
    }

    /** The identifying properties present with a non-null value, in the order of {@link #IFIS}. */
    private static List<String> identifiers(JsonNode node) {
        List<String> present = new ArrayList<>();
        for (String ifi : IFIS) {
            if (Checks.value(node, ifi) != null) {
                present.add(ifi);
            }
        }
        return present;
    }

    private static String count(List<String> identifiers) {
        return identifiers.isEmpty() ? "none" : identifiers.size() + " (" + String.join(", ", identifiers) + ")";
    }

    static boolean isHex(String text, int length) {
        return text.length() == length && text.chars().allMatch(c -> Uuids.isHexDigit((char) c));
    }
}
