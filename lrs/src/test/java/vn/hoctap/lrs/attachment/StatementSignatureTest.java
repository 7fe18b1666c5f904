package vn.hoctap.lrs.attachment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.lrs.error.InvalidSignatureException;
import vn.hoctap.lrs.json.StrictJson;

class StatementSignatureTest {

    private static final String PAYLOAD = """
            {"id":"5e2c0f4c-1a52-4c8e-9a8e-3b8a2f0f0c11","actor":{"mbox":"mailto:lan@example.org"},
             "verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"https://hoctap.example/a"},
             "result":{"duration":"PT1M0.12S"}}""";

    private static KeyPair keys;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void an_rs256_rs384_or_rs512_jws_of_the_statement_is_accepted() throws Exception {
        for (String alg : new String[] {"RS256", "RS384", "RS512"}) {
            assertThatCode(() -> StatementSignature.verify(signed(PAYLOAD), jws(alg, PAYLOAD))).doesNotThrowAnyException();
        }
    }

    @Test
    void durations_are_compared_to_the_hundredth_of_a_second() throws Exception {
        ObjectNode statement = signed(PAYLOAD.replace("0.12S", "0.1299S"));

        assertThatCode(() -> StatementSignature.verify(statement, jws("RS256", PAYLOAD))).doesNotThrowAnyException();
    }

    @Test
    void another_algorithm_another_payload_or_a_malformed_jws_is_refused() throws Exception {
        byte[] hs256 = (b64("{\"alg\":\"HS256\"}") + "." + b64(PAYLOAD) + ".c2ln").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> StatementSignature.verify(signed(PAYLOAD), hs256))
                .isInstanceOf(InvalidSignatureException.class);
        byte[] other = jws("RS256", PAYLOAD.replace("completed", "attempted"));
        assertThatThrownBy(() -> StatementSignature.verify(signed(PAYLOAD), other))
                .isInstanceOf(InvalidSignatureException.class);
        byte[] notJson = jws("RS256", PAYLOAD.replace("\"", "'"));
        assertThatThrownBy(() -> StatementSignature.verify(signed(PAYLOAD), notJson))
                .isInstanceOf(InvalidSignatureException.class);
        assertThatThrownBy(() -> StatementSignature.verify(signed(PAYLOAD), "abc".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidSignatureException.class);
    }

    /** The statement as sent: the payload plus its signature attachment. */
    private static ObjectNode signed(String payload) {
        ObjectNode statement = StrictJson.parseObject(payload);
        statement.putArray("attachments").addObject().put("usageType", StatementSignature.USAGE_TYPE)
                .put("contentType", "application/octet-stream").put("sha2", "00");
        return statement;
    }

    private static byte[] jws(String alg, String payload) throws Exception {
        String input = b64("{\"alg\":\"" + alg + "\"}") + "." + b64(payload);
        Signature signature = Signature.getInstance("SHA" + alg.substring(2) + "withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return (input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign()))
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
