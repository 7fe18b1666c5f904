package vn.hoctap.media.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.media.asset.AssetNotFoundException;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.detect.MediaKind;
import vn.hoctap.media.image.ImageRendition;
import vn.hoctap.media.image.ImageRenditions;
import vn.hoctap.media.image.RenderedImage;
import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.MediaProcessException;
import vn.hoctap.media.slides.SlideDeckProcessor;
import vn.hoctap.media.slides.SlideDeckResult;
import vn.hoctap.media.slides.SlideImage;
import vn.hoctap.media.video.HlsTranscoder;
import vn.hoctap.media.video.ProducedFile;
import vn.hoctap.media.video.TranscodeResult;

/**
 * The work of one processing job: the asset's original is copied from the object store to a local working
 * directory, turned into renditions (video and audio through {@link HlsTranscoder}, decks and PDFs through
 * {@link SlideDeckProcessor}, images through {@link ImageRenditions}), every rendition is stored under
 * {@code media/assets/<id>/}, and the asset becomes
 * READY with a manifest listing them. The original is never changed or deleted.
 *
 * <p>Bad input (a permanent failure) marks the asset FAILED with the reason and returns normally: there is nothing
 * to retry. A transient failure is recorded and rethrown so that the job runner retries it later. An asset that is
 * already READY is left alone, so a job run twice (a node died after finishing) does nothing the second time;
 * a job run again after its node died mid-way starts over in a fresh working directory and stores its renditions
 * under the same keys (overwriting the partial ones), so nothing is duplicated.
 *
 * <p>A job can be cancelled ({@link #cancel}): the tool process is killed and the asset ends CANCELLED; the
 * renditions stored so far are deleted, the original is kept.
 */
public final class AssetProcessing {

    private final Transactor transactor;
    private final AssetRepository repository;
    private final ObjectStore store;
    private final HlsTranscoder transcoder;
    private final SlideDeckProcessor slides;
    private final ImageRenditions images;
    private final Path workRoot;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<UUID, Running> running = new ConcurrentHashMap<>();

    /** Threads that store renditions in parallel (shared by all jobs of the node; daemon threads). */
    private static final java.util.concurrent.ExecutorService STORING = java.util.concurrent.Executors.newFixedThreadPool(4,
            r -> {
                Thread thread = new Thread(r, "media-store");
                thread.setDaemon(true);
                return thread;
            });

    /** The states of a job that has not ended. */
    private static final Set<AssetStatus> ACTIVE = Set.of(AssetStatus.RECEIVED, AssetStatus.PROCESSING);

    public AssetProcessing(Transactor transactor, AssetRepository repository, ObjectStore store,
            HlsTranscoder transcoder, SlideDeckProcessor slides, Path workRoot, Clock clock) {
        this(transactor, repository, store, transcoder, slides, ImageRenditions.withBundledFfmpeg(), workRoot, clock);
    }

    public AssetProcessing(Transactor transactor, AssetRepository repository, ObjectStore store,
            HlsTranscoder transcoder, SlideDeckProcessor slides, ImageRenditions images, Path workRoot, Clock clock) {
        this.images = images;
        this.transactor = transactor;
        this.repository = repository;
        this.store = store;
        this.transcoder = transcoder;
        this.slides = slides;
        this.workRoot = workRoot;
        this.clock = clock;
    }

    public void process(UUID assetId) {
        Optional<MediaAsset> found = transactor.inTransaction(c -> repository.byId(c, assetId));
        if (found.isEmpty() || found.get().status().isSettled()) {
            return;
        }
        MediaAsset asset = found.get();
        if (!recordFrom(assetId, ACTIVE, AssetStatus.PROCESSING, 0, null, "processing on " + node())) {
            return; // cancelled meanwhile
        }
        Running running = new Running(Cancellation.create(), Thread.currentThread(), asset.kind().isSlideDeck()
                || asset.kind().name().equals("PDF"));
        this.running.put(assetId, running);
        Path work = workRoot.resolve(assetId.toString());
        try {
            deleteTree(work);
            Files.createDirectories(work);
            Path original = work.resolve("original");
            try (InputStream in = store.open(asset.originalKey())) {
                Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
            }
            Path output = work.resolve("out");
            ObjectNode manifest = json.createObjectNode();
            manifest.put("assetId", assetId.toString());
            manifest.put("kind", asset.kind().name());
            manifest.put("sha256", asset.sha256());
            if (running.slides()) {
                storeSlides(asset, slides.process(original, output), manifest);
            } else if (asset.kind() == MediaKind.IMAGE) {
                storeImage(asset, images.render(original, output, running.cancellation()), manifest);
            } else {
                storeVideo(asset, original, output, manifest, running.cancellation());
            }
            running.cancellation().throwIfCancelled("processing of asset " + assetId);
            if (!recordFrom(assetId, Set.of(AssetStatus.PROCESSING), AssetStatus.READY, 100,
                    json.writeValueAsString(manifest), "all renditions stored")) {
                deleteRenditions(assetId); // cancelled while the last renditions were stored
            }
        } catch (MediaProcessException e) {
            if (running.cancellation().isCancelled() || e.kind() == MediaProcessException.Kind.CANCELLED) {
                recordFrom(assetId, ACTIVE, AssetStatus.CANCELLED, 0, null, "cancelled: " + e.getMessage());
                deleteRenditions(assetId);
                return;
            }
            if (e.kind() == MediaProcessException.Kind.PERMANENT) {
                recordFrom(assetId, ACTIVE, AssetStatus.FAILED, 0, null, e.getMessage());
                return;
            }
            recordFrom(assetId, ACTIVE, AssetStatus.RECEIVED, 0, null, "will retry: " + e.getMessage());
            throw e;
        } catch (IOException e) {
            recordFrom(assetId, ACTIVE, AssetStatus.RECEIVED, 0, null, "will retry: " + e);
            throw new UncheckedIOException(e);
        } finally {
            this.running.remove(assetId);
            Thread.interrupted(); // an interrupt meant for a cancelled LibreOffice must not reach the job runner
            deleteTree(work);
        }
    }

    /** Marks the asset FAILED after the job runner gave up retrying. */
    public void giveUp(UUID assetId, String reason) {
        recordFrom(assetId, ACTIVE, AssetStatus.FAILED, 0, null, "gave up: " + reason);
    }

    /**
     * Cancels the asset's job: it ends CANCELLED with {@code reason} in its history. A job waiting to run will not
     * run; a job running on this node has its FFmpeg or LibreOffice process killed at once, one running on another
     * node within about a second ({@link #stopCancelledJobs()}).
     *
     * @throws AssetNotFoundException      if there is no such asset
     * @throws JobNotCancellableException  if its job has already ended
     */
    public MediaAsset cancel(UUID assetId, String reason) {
        MediaAsset asset = transactor.inTransaction(c -> {
            MediaAsset current = repository.lock(c, assetId).orElseThrow(() -> new AssetNotFoundException(
                    "No media asset " + assetId + "."));
            if (current.status().isSettled()) {
                throw new JobNotCancellableException("The job of asset " + assetId + " has already ended ("
                        + current.status() + "); only waiting or running jobs can be cancelled.");
            }
            repository.transition(c, assetId, AssetStatus.CANCELLED, current.progress(), null, reason,
                    OffsetDateTime.now(clock));
            return repository.byId(c, assetId).orElseThrow();
        });
        stopLocally(assetId);
        return asset;
    }

    /**
     * Stops the jobs running on this node whose asset was cancelled (possibly through another node). Called about
     * every second by {@link MediaJobs}.
     */
    public void stopCancelledJobs() {
        if (running.isEmpty()) {
            return;
        }
        Set<UUID> ids = Set.copyOf(running.keySet());
        transactor.inTransaction(c -> repository.withStatus(c, ids, AssetStatus.CANCELLED)).forEach(this::stopLocally);
    }

    /** The ids of the assets whose job runs on this node now. */
    public Set<UUID> runningHere() {
        return Set.copyOf(running.keySet());
    }

    private void stopLocally(UUID assetId) {
        Running job = running.get(assetId);
        if (job != null && !job.cancellation().isCancelled()) {
            job.cancellation().cancel();
            if (job.slides()) {
                job.thread().interrupt(); // LibreOffice is waited for with an interruptible wait that kills it
            }
        }
    }

    private void deleteRenditions(UUID assetId) {
        store.list("media/assets/" + assetId + "/").forEach(o -> store.delete(o.key()));
    }

    /** A job running on this node: its cancellation token and its thread. */
    private record Running(Cancellation cancellation, Thread thread, boolean slides) {
    }

    private void storeVideo(MediaAsset asset, Path original, Path output, ObjectNode manifest, Cancellation cancellation)
            throws IOException {
        AtomicInteger lastReported = new AtomicInteger(-10);
        TranscodeResult result = transcoder.transcode(original, output, percent -> {
            if (percent - lastReported.get() >= 5) {
                lastReported.set(percent);
                transactor.inTransaction(c -> {
                    repository.progress(c, asset.id(), Math.min(99, percent), OffsetDateTime.now(clock));
                    return null;
                });
            }
        }, cancellation);
        manifest.put("durationSeconds", result.source().duration().toMillis() / 1000.0);
        ArrayNode renditions = manifest.putArray("renditions");
        // Stored a few at a time: the object store's latency per object (fsync, an S3 request) dominates, not bytes.
        List<java.util.concurrent.Future<StoredObject>> stored = new java.util.ArrayList<>();
        for (ProducedFile file : result.files()) {
            String key = "media/assets/" + asset.id() + "/" + file.path();
            stored.add(STORING.submit(() -> put(key, file.file(), contentType(file.path()))));
        }
        for (int i = 0; i < result.files().size(); i++) {
            ProducedFile file = result.files().get(i);
            StoredObject object = await(stored.get(i));
            ObjectNode entry = renditions.addObject();
            entry.put("kind", file.kind().name());
            entry.put("path", file.path());
            entry.put("key", object.key());
            if (file.rendition() != null) {
                entry.put("rendition", file.rendition());
            }
            if (file.width() > 0) {
                entry.put("width", file.width());
                entry.put("height", file.height());
            }
            if (file.bitRate() > 0) {
                entry.put("bitRate", file.bitRate());
            }
            if (file.duration() != null) {
                entry.put("durationSeconds", file.duration().toMillis() / 1000.0);
            }
            entry.put("bytes", object.size());
            entry.put("sha256", object.sha256());
            entry.put("mediaType", object.contentType());
        }
    }

    private static StoredObject await(java.util.concurrent.Future<StoredObject> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while storing renditions", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }

    private void storeSlides(MediaAsset asset, SlideDeckResult result, ObjectNode manifest) throws IOException {
        manifest.put("renderer", result.renderer().name());
        result.warnings().forEach(manifest.putArray("warnings")::add);
        ArrayNode slidesNode = manifest.putArray("slides");
        for (SlideDeckResult.Slide slide : result.slides()) {
            ObjectNode entry = slidesNode.addObject();
            entry.put("index", slide.index());
            entry.put("text", slide.text());
            entry.put("notes", slide.notes());
            entry.set("large", image(asset, slide.index(), "1280", slide.large()));
            entry.set("small", image(asset, slide.index(), "640", slide.small()));
        }
    }

    private void storeImage(MediaAsset asset, RenderedImage result, ObjectNode manifest) throws IOException {
        ObjectNode source = manifest.putObject("image");
        source.put("codec", result.codec());
        source.put("width", result.width());
        source.put("height", result.height());
        source.put("alpha", result.alpha());
        ArrayNode renditions = manifest.putArray("renditions");
        for (ImageRendition rendition : result.renditions()) {
            String path = "image/" + rendition.role() + "." + rendition.extension();
            String key = "media/assets/" + asset.id() + "/" + path;
            StoredObject stored = put(key, rendition.file(), rendition.mediaType());
            ObjectNode entry = renditions.addObject();
            entry.put("kind", rendition.role().equals("thumbnail") ? "THUMBNAIL" : "IMAGE");
            entry.put("path", path);
            entry.put("key", key);
            entry.put("rendition", rendition.role());
            entry.put("width", rendition.width());
            entry.put("height", rendition.height());
            entry.put("bytes", stored.size());
            entry.put("sha256", stored.sha256());
            entry.put("mediaType", rendition.mediaType());
            manifest.set(rendition.role(), entry.deepCopy());
        }
    }

    private ObjectNode image(MediaAsset asset, int index, String width, SlideImage image) throws IOException {
        String extension = image.mediaType().equals("image/png") ? "png" : "jpg";
        String key = "media/assets/" + asset.id() + "/slides/" + index + "-" + width + "." + extension;
        StoredObject stored = put(key, image.file(), image.mediaType());
        ObjectNode node = json.createObjectNode();
        node.put("key", key);
        node.put("width", image.width());
        node.put("height", image.height());
        node.put("bytes", stored.size());
        node.put("sha256", stored.sha256());
        node.put("mediaType", image.mediaType());
        return node;
    }

    private StoredObject put(String key, Path file, String contentType) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return store.put(key, in, contentType);
        }
    }

    private boolean recordFrom(UUID assetId, Set<AssetStatus> from, AssetStatus status, int progress, String manifest,
            String reason) {
        return transactor.inTransaction(c -> repository.transitionFrom(c, assetId, from, status, progress, manifest,
                reason, OffsetDateTime.now(clock)));
    }

    static String contentType(String path) {
        String name = path.toLowerCase();
        if (name.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        } else if (name.endsWith(".m4s")) {
            return "video/iso.segment";
        } else if (name.endsWith(".mp4")) {
            return "video/mp4";
        } else if (name.endsWith(".m4a")) {
            return "audio/mp4";
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".vtt")) {
            return "text/vtt;charset=utf-8";
        }
        return ObjectStore.DEFAULT_CONTENT_TYPE;
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this node";
        }
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
