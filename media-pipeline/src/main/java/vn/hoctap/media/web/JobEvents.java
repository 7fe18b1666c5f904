package vn.hoctap.media.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * Live progress of jobs as Server-Sent Events. One poller per node reads the assets changed in the database about
 * once a second (one query, however many streams are open; none while no stream is open) and hands them to every
 * open stream, which sends an event {@code job} (data: a {@link JobView} without history) for each job of its
 * interest whose status or progress changed, so streams show the jobs of every node, not only this one. A stream
 * of one asset sends its current state first and ends after the job has ended; the stream of all jobs sends the
 * waiting and running jobs first, then changes, and a comment every 15 seconds to keep idle connections open.
 */
@ApplicationScoped
public class JobEvents {

    private static final Logger LOG = Logger.getLogger(JobEvents.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHANGES_PER_POLL = 500;
    private static final int REMEMBERED_ASSETS = 2_000;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService executor;

    @Inject
    Transactor transactor;

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final Object pollerLock = new Object();
    private ScheduledFuture<?> poller;
    /** The newest {@code updated_at} seen; only the poller reads and writes it. */
    private OffsetDateTime since;

    /** Streams the jobs of {@code asset}, or of every asset, to {@code sink} until it closes. */
    public void stream(SseEventSink sink, Sse sse, Optional<UUID> asset) {
        Subscription subscription = new Subscription(sink, sse, asset);
        subscriptions.add(subscription);
        ensurePolling();
        executor.execute(subscription::sendCurrentState);
    }

    private void ensurePolling() {
        synchronized (pollerLock) {
            if (poller == null) {
                poller = executor.scheduleWithFixedDelay(this::poll, 1, 1, TimeUnit.SECONDS);
            }
        }
    }

    private void poll() {
        try {
            synchronized (pollerLock) {
                if (subscriptions.isEmpty()) {
                    poller.cancel(false);
                    poller = null;
                    since = null;
                    return;
                }
            }
            if (since == null) {
                since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2);
            }
            OffsetDateTime from = since;
            List<MediaAsset> changed = transactor.inTransaction(
                    c -> new AssetRepository().changedSince(c, from, CHANGES_PER_POLL));
            for (MediaAsset asset : changed) {
                if (asset.updatedAt().isAfter(since)) {
                    since = asset.updatedAt();
                }
            }
            for (Subscription subscription : subscriptions) {
                subscription.deliver(changed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading job changes failed; the streams try again in a second", e);
        }
    }

    private final class Subscription {
        private final SseEventSink sink;
        private final Sse sse;
        private final Optional<UUID> asset;
        /** Per asset, the {@code updated_at} and signature of the last state sent (the most recent assets only). */
        private final Map<UUID, Sent> sent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Sent> eldest) {
                return size() > REMEMBERED_ASSETS;
            }
        };
        private int polls;

        Subscription(SseEventSink sink, Sse sse, Optional<UUID> asset) {
            this.sink = sink;
            this.sse = sse;
            this.asset = asset;
        }

        synchronized void sendCurrentState() {
            try {
                if (asset.isPresent()) {
                    Optional<MediaAsset> found = transactor.inTransaction(c -> new AssetRepository().byId(c, asset.get()));
                    if (found.isEmpty()) {
                        stop();
                        return;
                    }
                    send(found.get());
                } else {
                    transactor.inTransaction(c -> {
                        List<MediaAsset> active = new ArrayList<>(
                                new AssetRepository().page(c, Optional.of(AssetStatus.PROCESSING), 200, 0));
                        active.addAll(new AssetRepository().page(c, Optional.of(AssetStatus.RECEIVED), 200, 0));
                        return active;
                    }).forEach(this::send);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "job event stream ended", e);
                stop();
            }
        }

        synchronized void deliver(List<MediaAsset> changed) {
            try {
                if (sink.isClosed()) {
                    stop();
                    return;
                }
                for (MediaAsset candidate : changed) {
                    if (asset.isEmpty() || asset.get().equals(candidate.id())) {
                        send(candidate);
                    }
                }
                if (++polls % 15 == 0 && !sink.isClosed()) {
                    sink.send(sse.newEventBuilder().comment("keep-alive").build());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "job event stream ended", e);
                stop();
            }
        }

        /** Sends the asset's state unless it is the one sent last or older; ends a one-asset stream once settled. */
        private void send(MediaAsset state) {
            if (sink.isClosed()) {
                stop();
                return;
            }
            Sent last = sent.get(state.id());
            String signature = state.status() + "/" + state.progress() + "/" + state.updatedAt();
            if (last != null && (last.signature.equals(signature) || state.updatedAt().isBefore(last.updatedAt))) {
                return;
            }
            sent.put(state.id(), new Sent(state.updatedAt(), signature));
            String data;
            try {
                data = JSON.writeValueAsString(JobView.of(state, null));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            sink.send(sse.newEventBuilder().name("job").id(state.id() + "/" + state.updatedAt().toInstant().toEpochMilli())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, data).build());
            if (asset.isPresent() && state.status().isSettled()) {
                stop();
            }
        }

        private void stop() {
            subscriptions.remove(this);
            if (!sink.isClosed()) {
                sink.close();
            }
        }
    }

    private record Sent(OffsetDateTime updatedAt, String signature) {
    }
}
