package vn.hoctap.lrs.attachment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.lrs.error.InvalidSignatureException;
import vn.hoctap.lrs.json.InvalidJsonException;
import vn.hoctap.lrs.json.StrictJson;

/**
 * Signed statements (xAPI Data 2.6): the signature attachment holds a JWS in compact serialization whose
 * algorithm is RS256, RS384 or RS512 and whose payload is the statement as it was before the signature was
 * attached. When the JWS header carries an {@code x5c} certificate chain the signature is verified with the first
 * certificate's key; without one there is no key to check it with, so only its form and payload are checked.
 */
public final class StatementSignature {

    /** The usageType of a signature attachment. */
    public static final String USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";

    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private static final Pattern SECONDS = Pattern.compile("(\\d+)\\.(\\d+)S$");

    private StatementSignature() {
    }

    /** Checks that {@code jws} signs {@code statement}; throws {@link InvalidSignatureException} otherwise. */
    public static void verify(JsonNode statement, byte[] jws) {
        String[] segments = new String(jws, StandardCharsets.US_ASCII).trim().split("\\.", -1);
        if (segments.length != 3) {
            throw new InvalidSignatureException("The signature is not a JWS in compact serialization.");
        }
        JsonNode header = json(decode(segments[0]), "header");
        String alg = header.path("alg").asText("");
        String javaAlgorithm = ALGORITHMS.get(alg);
        if (javaAlgorithm == null) {
            throw new InvalidSignatureException("The JWS algorithm '" + alg + "' is not RS256, RS384 or RS512.");
        }
        JsonNode payload = json(decode(segments[1]), "payload");
        if (!payload.isObject()) {
            throw new InvalidSignatureException("The JWS payload is not a statement (a JSON object).");
        }
        if (header.has("x5c")) {
            verifyWithCertificate(header.get("x5c"), javaAlgorithm, segments);
        }
        if (!comparable(payload, payload).equals(comparable(statement, payload))) {
            throw new InvalidSignatureException("The JWS payload is not the statement it is attached to.");
        }
    }

    private static void verifyWithCertificate(JsonNode x5c, String javaAlgorithm, String[] segments) {
        if (!x5c.isArray() || x5c.isEmpty() || !x5c.get(0).isTextual()) {
            throw new InvalidSignatureException("The JWS header's x5c is not an array of certificates.");
        }
        try {
            PublicKey key = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(x5c.get(0).asText())))
                    .getPublicKey();
            Signature signature = Signature.getInstance(javaAlgorithm);
            signature.initVerify(key);
            signature.update((segments[0] + "." + segments[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(decode(segments[2]))) {
                throw new InvalidSignatureException("The JWS signature does not verify with its x5c certificate.");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidSignatureException("The JWS x5c certificate or signature cannot be read: " + e.getMessage());
        }
    }

    /**
     * The statement as a signature covers it: without signature attachments, without what the LRS adds when the
     * payload does not have it, durations to 0.01 s.
     */
    private static JsonNode comparable(JsonNode statement, JsonNode payload) {
        ObjectNode copy = (ObjectNode) statement.deepCopy();
        for (String lrsProperty : List.of("id", "stored", "authority", "version")) {
            if (!payload.has(lrsProperty)) {
                copy.remove(lrsProperty);
            }
        }
        if (copy.get("attachments") instanceof ArrayNode attachments) {
            for (Iterator<JsonNode> it = attachments.iterator(); it.hasNext();) {
                if (USAGE_TYPE.equals(it.next().path("usageType").asText())) {
                    it.remove();
                }
            }
            if (attachments.isEmpty()) {
                copy.remove("attachments");
            }
        }
        if (copy.get("result") instanceof ObjectNode result && result.path("duration").isTextual()) {
            result.put("duration", truncated(result.get("duration").asText()));
        }
        return copy;
    }

    private static String truncated(String duration) {
        Matcher seconds = SECONDS.matcher(duration);
        if (!seconds.find()) {
            return duration;
        }
        String fraction = (seconds.group(2) + "00").substring(0, 2);
        return duration.substring(0, seconds.start()) + seconds.group(1) + "." + fraction + "S";
    }

    private static byte[] decode(String segment) {
        try {
            return Base64.getUrlDecoder().decode(segment);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("The JWS is not base64url encoded.");
        }
    }

    private static JsonNode json(byte[] bytes, String what) {
        try {
            return StrictJson.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (InvalidJsonException e) {
            throw new InvalidSignatureException("The JWS " + what + " is not JSON: " + e.getMessage());
        }
    }
}
