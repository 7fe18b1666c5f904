package vn.hoctap.lrs.statement;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inverse functional identifier of an Agent or identified Group as one canonical string, used to index and
 * to filter statements: {@code mbox:mailto:a@b.c}, {@code mbox_sha1sum:<hex>}, {@code openid:<uri>} or
 * {@code account:<homePage> <name>}. Two agents are the same agent exactly when these strings are equal.
 */
public final class AgentIdentity {

    private AgentIdentity() {
    }

    /** The canonical identifier of the agent or group, or empty for an anonymous group (or no IFI at all). */
    public static Optional<String> of(JsonNode agent) {
        if (agent == null || !agent.isObject()) {
            return Optional.empty();
        }
        if (agent.hasNonNull("mbox")) {
            return Optional.of("mbox:" + agent.get("mbox").asText());
        }
        if (agent.hasNonNull("mbox_sha1sum")) {
            return Optional.of("mbox_sha1sum:" + agent.get("mbox_sha1sum").asText().toLowerCase());
        }
        if (agent.hasNonNull("openid")) {
            return Optional.of("openid:" + agent.get("openid").asText());
        }
        JsonNode account = agent.get("account");
        if (account != null && account.isObject()) {
            return Optional.of("account:" + account.path("homePage").asText() + " " + account.path("name").asText());
        }
        return Optional.empty();
    }
}
