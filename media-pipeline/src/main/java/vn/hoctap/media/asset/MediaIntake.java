package vn.hoctap.media.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import vn.hoctap.core.persistence.DataAccessException;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.ContentReadException;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.media.detect.DetectedMedia;
import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.media.detect.MediaTypeDetector;

/**
 * Receives an upload: streams it into the object store (SHA-256 and size computed on the way), detects its type
 * from the bytes, and either recognises it as an asset already received (same SHA-256: the new copy is dropped, no
 * new processing) or records a new asset and hands it to {@code submit} for processing. Unsupported types are
 * refused and nothing is kept, and so is an upload above the {@link UploadLimits} of its kind (the largest limit
 * is enforced while the bytes stream in, so an endless upload is cut off).
 */
public final class MediaIntake {

    /**
     * Images detected but refused: FFmpeg 7.1 reads only one tile of the grid that phones store HEIC photos as,
     * so HEIC/HEIF would give a wrong picture (the uploader is told to send JPEG).
     */
    private static final java.util.Set<String> UNPROCESSED_IMAGES = java.util.Set.of("image/heic", "image/heif");

    private final ObjectStore store;
    private final Transactor transactor;
    private final AssetRepository repository;
    private final MediaTypeDetector detector;
    private final Consumer<UUID> submit;
    private final UploadLimits limits;
    private final Clock clock;

    public MediaIntake(ObjectStore store, Transactor transactor, AssetRepository repository, MediaTypeDetector detector,
            Consumer<UUID> submit, UploadLimits limits, Clock clock) {
        this.store = store;
        this.transactor = transactor;
        this.repository = repository;
        this.detector = detector;
        this.submit = submit;
        this.limits = limits;
        this.clock = clock;
    }

    /** The result of an upload: the asset of its bytes, and whether that asset existed before. */
    public record Received(MediaAsset asset, boolean duplicate) {
    }

    /** The asset of these bytes, new or already known. The caller closes {@code content}. */
    public Received receive(InputStream content, Optional<String> originalName) {
        String key = "media/originals/" + UUID.randomUUID();
        StoredObject stored;
        try {
            stored = store.put(key, new SizeCappedInputStream(content, limits.largest()), ObjectStore.DEFAULT_CONTENT_TYPE);
        } catch (ContentReadException e) {
            if (e.getCause() instanceof SizeCappedInputStream.CapExceeded) {
                throw new UploadTooLargeException("An upload", limits.largest());
            }
            throw e;
        }
        DetectedMedia detected;
        try (InputStream bytes = store.open(key)) {
            detected = detector.detect(bytes);
        } catch (IOException e) {
            store.delete(key);
            throw new UncheckedIOException("cannot read back the upload", e);
        }
        if (!processable(detected.kind()) || UNPROCESSED_IMAGES.contains(detected.mimeType())) {
            store.delete(key);
            throw new UnsupportedUploadException(detected.mimeType());
        }
        if (stored.size() > limits.of(detected.kind())) {
            store.delete(key);
            throw new UploadTooLargeException(detected.kind() == MediaKind.IMAGE ? "An image"
                    : detected.kind().isSlideDeck() || detected.kind() == MediaKind.PDF
                    ? "A slide deck or PDF" : "A video or audio file", limits.of(detected.kind()));
        }
        Optional<MediaAsset> known = transactor.inTransaction(c -> repository.bySha256(c, stored.sha256()));
        if (known.isPresent()) {
            store.delete(key);
            return new Received(known.get(), true);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        MediaAsset asset = new MediaAsset(UUID.randomUUID(), stored.sha256(), stored.size(), detected.kind(),
                detected.mimeType(), originalName.map(n -> n.length() > 500 ? n.substring(0, 500) : n), key,
                AssetStatus.RECEIVED, 0, Optional.empty(), now, now);
        try {
            transactor.inTransaction(c -> {
                repository.insert(c, asset);
                repository.transition(c, asset.id(), AssetStatus.RECEIVED, 0, null,
                        "received " + stored.size() + " bytes, detected " + detected.mimeType(), now);
                return null;
            });
        } catch (DataAccessException e) {
            if (e.isUniqueViolation()) { // the same bytes arrived at the same moment through another request
                store.delete(key);
                return new Received(transactor.inTransaction(c -> repository.bySha256(c, stored.sha256())).orElseThrow(), true);
            }
            throw e;
        }
        submit.accept(asset.id());
        return new Received(asset, false);
    }

    private static boolean processable(MediaKind kind) {
        return switch (kind) {
            case VIDEO, AUDIO, SLIDES_PPTX, SLIDES_PPT, SLIDES_ODP, PDF, IMAGE -> true;
            default -> false;
        };
    }
}
