package vn.hoctap.packager.launch;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * One launch of an AU (an AU session): the fetch token of its one-time fetch URL, the key of the session's LRS
 * credential and, until the AU fetched it, that credential's secret.
 */
public record Launch(UUID sessionId, UUID registration, int au, String launchMode, String fetchToken,
        String credentialKey, Optional<String> fetchSecret, OffsetDateTime launchedAt,
        Optional<OffsetDateTime> fetchedAt) {
}
