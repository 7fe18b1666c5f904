package vn.hoctap.media.upload;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * An upload sent in pieces over several requests (ADR 11): the length the client declared, the bytes received so
 * far (the offset the next piece must start at), and, once complete, the media asset it became. An upload nobody
 * continues is deleted with its pieces after {@code expiresAt}.
 */
public record ResumableUpload(UUID id, long declaredLength, long received, Optional<String> originalName,
        Optional<UUID> assetId, OffsetDateTime createdAt, OffsetDateTime expiresAt) {

    /** Whether every declared byte has been received. */
    public boolean allReceived() {
        return received == declaredLength;
    }
}
