package vn.hoctap.media.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;

/**
 * Live progress of jobs as Server-Sent Events. Each stream reads the database about once a second and sends an
 * event {@code job} (data: a {@link JobView} without history) for every job whose status or progress changed, so
 * it shows the jobs of every node, not only this one. A stream of one asset sends its current state first and
 * ends after the job has ended; the stream of all jobs sends the waiting and running jobs first, then changes,
 * and a comment every 15 seconds to keep idle connections open.
 */
@ApplicationScoped
public class JobEvents {

    private static final Logger LOG = Logger.getLogger(JobEvents.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService executor;

    @Inject
    Transactor transactor;

    /** Streams the jobs of {@code asset}, or of every asset, to {@code sink} until it closes. */
    public void stream(SseEventSink sink, Sse sse, Optional<UUID> asset) {
        Subscription subscription = new Subscription(sink, sse, asset);
        subscription.future = executor.scheduleWithFixedDelay(subscription::poll, 0, 1, TimeUnit.SECONDS);
    }

    private final class Subscription {
        private final SseEventSink sink;
        private final Sse sse;
        private final Optional<UUID> asset;
        private Map<UUID, String> sent = new HashMap<>();
        private OffsetDateTime since;
        private int polls;
        volatile ScheduledFuture<?> future;

        Subscription(SseEventSink sink, Sse sse, Optional<UUID> asset) {
            this.sink = sink;
            this.sse = sse;
            this.asset = asset;
        }

        void poll() {
            try {
                if (sink.isClosed()) {
                    stop();
                    return;
                }
                if (asset.isPresent()) {
                    pollOne(asset.get());
                } else {
                    pollAll();
                }
                if (++polls % 15 == 0 && !sink.isClosed()) {
                    sink.send(sse.newEventBuilder().comment("keep-alive").build());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "job event stream ended", e);
                stop();
            }
        }

        private void pollOne(UUID id) {
            Optional<MediaAsset> found = transactor.inTransaction(c -> new AssetRepository().byId(c, id));
            if (found.isEmpty()) {
                stop();
                return;
            }
            sendIfChanged(found.get());
            if (found.get().status().isSettled()) {
                stop();
            }
        }

        private void pollAll() {
            List<MediaAsset> changed;
            if (since == null) {
                since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
                changed = transactor.inTransaction(c -> {
                    var active = new java.util.ArrayList<>(new AssetRepository().page(c, Optional.of(AssetStatus.PROCESSING), 200, 0));
                    active.addAll(new AssetRepository().page(c, Optional.of(AssetStatus.RECEIVED), 200, 0));
                    return active;
                });
            } else {
                OffsetDateTime from = since;
                changed = transactor.inTransaction(c -> new AssetRepository().changedSince(c, from, 500));
            }
            Map<UUID, String> now = new HashMap<>();
            for (MediaAsset asset : changed) {
                sendIfChanged(asset);
                now.put(asset.id(), signature(asset));
                if (asset.updatedAt().isAfter(since)) {
                    since = asset.updatedAt();
                }
            }
            sent = now;
        }

        private void sendIfChanged(MediaAsset asset) {
            String signature = signature(asset);
            if (signature.equals(sent.get(asset.id()))) {
                return;
            }
            sent.put(asset.id(), signature);
            String data;
            try {
                data = JSON.writeValueAsString(JobView.of(asset, null));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            sink.send(sse.newEventBuilder().name("job").id(asset.id() + "/" + asset.updatedAt().toInstant().toEpochMilli())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, data).build());
        }

        private String signature(MediaAsset asset) {
            return asset.status() + "/" + asset.progress() + "/" + asset.updatedAt();
        }

        private void stop() {
            ScheduledFuture<?> running = future;
            if (running != null) {
                running.cancel(false);
            }
            if (!sink.isClosed()) {
                sink.close();
            }
        }
    }
}
