package vn.hoctap.media.asset;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.media.detect.MediaKind;

/**
 * An uploaded video, audio file or slide deck, identified by its bytes (SHA-256: the same bytes uploaded twice are
 * one asset), with the object key of the original (never deleted by processing), its status and, once ready, the
 * manifest of its renditions (JSON) that authoring and the packager use.
 */
public record MediaAsset(UUID id, String sha256, long sizeBytes, MediaKind kind, String mimeType,
        Optional<String> originalName, String originalKey, AssetStatus status, int progress,
        Optional<String> manifest, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
