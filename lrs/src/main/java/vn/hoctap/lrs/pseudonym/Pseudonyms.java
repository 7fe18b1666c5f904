package vn.hoctap.lrs.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.lrs.statement.AgentIdentity;

/**
 * Turns the app's account id of a learner into the learner's xAPI Agent: {@code {"objectType":"Agent",
 * "account":{"homePage":<configured>,"name":<pseudonym>}}}, where the pseudonym is the lower-case hex
 * HMAC-SHA-256 of the account id (UTF-8) under the platform's pseudonym key. The same id always gives the same
 * agent (so progress follows the learner from phone to phone); without the key, the id cannot be recovered from
 * the agent nor checked against a guess. Callers check ids with {@link LearnerIds} first. Thread-safe.
 */
public final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String homePage;

    /**
     * @param key      the pseudonym key ({@link PseudonymKey}), at least 32 bytes
     * @param homePage the {@code account.homePage} of every learner agent (an absolute IRL naming the app)
     */
    public Pseudonyms(PseudonymKey key, String homePage) {
        this.key = new SecretKeySpec(Objects.requireNonNull(key, "key").bytes(), ALGORITHM);
        this.homePage = Objects.requireNonNull(homePage, "homePage");
    }

    /** The {@code account.homePage} of learner agents. */
    public String homePage() {
        return homePage;
    }

    /** The pseudonym of the learner: 64 lower-case hex digits. */
    public String pseudonym(String learnerId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(learnerId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** The learner's agent (a new node each call: callers may put it into a statement). */
    public ObjectNode agent(String learnerId) {
        ObjectNode agent = JsonNodeFactory.instance.objectNode();
        agent.put("objectType", "Agent");
        agent.putObject("account").put("homePage", homePage).put("name", pseudonym(learnerId));
        return agent;
    }

    /** The learner agent's canonical identifier ({@link AgentIdentity}), as statements are indexed by. */
    public String agentIfi(String learnerId) {
        return AgentIdentity.of(agent(learnerId)).orElseThrow();
    }
}
