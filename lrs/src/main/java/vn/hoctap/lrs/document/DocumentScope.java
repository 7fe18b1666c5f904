package vn.hoctap.lrs.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * What a set of documents belongs to: the kind plus the activity, the agent (canonical IFI) and the registration
 * where the kind has them. {@link #key()} and {@link #documentKey(String)} are the SHA-256 lookup keys.
 */
public record DocumentScope(DocumentKind kind, String activityId, String agentIfi, Optional<UUID> registration) {

    public static DocumentScope state(String activityId, String agentIfi, Optional<UUID> registration) {
        return new DocumentScope(DocumentKind.STATE, activityId, agentIfi, registration);
    }

    public static DocumentScope activityProfile(String activityId) {
        return new DocumentScope(DocumentKind.ACTIVITY_PROFILE, activityId, "", Optional.empty());
    }

    public static DocumentScope agentProfile(String agentIfi) {
        return new DocumentScope(DocumentKind.AGENT_PROFILE, "", agentIfi, Optional.empty());
    }

    public String key() {
        return sha256(kind + "\n" + activityId + "\n" + agentIfi + "\n" + registration.map(UUID::toString).orElse(""));
    }

    public String documentKey(String documentId) {
        return sha256(key() + "\n" + documentId);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
