package vn.hoctap.lrs.document;

import java.util.Optional;
import java.util.UUID;

import vn.hoctap.core.text.Digests;

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
        return Digests.sha256(kind + "\n" + activityId + "\n" + agentIfi + "\n" + registration.map(UUID::toString).orElse(""));
    }

    public String documentKey(String documentId) {
        return Digests.sha256(key() + "\n" + documentId);
    }

}
