package vn.hoctap.media.job;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * Durable processing jobs on db-scheduler (ADR 10): one job per asset, kept in the database table
 * {@code scheduled_tasks}, so that several nodes share the work without running the same job twice (a job is
 * picked with an optimistic lock), a job whose node died is picked up again (its heartbeat stops), and transient
 * failures are retried with exponential backoff up to a limit, after which the asset is marked FAILED.
 */
public final class MediaJobs implements AutoCloseable {

    /** The task name in {@code scheduled_tasks}. */
    public static final String TASK = "process-media";

    /** The recurring housekeeping task in {@code scheduled_tasks}. */
    public static final String HOUSEKEEPING = "media-housekeeping";

    private static final System.Logger LOG = System.getLogger(MediaJobs.class.getName());

    private final Scheduler scheduler;
    private final AssetProcessing processing;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "media-cancel-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final OneTimeTask<String> task;

    /**
     * @param threads         jobs run at once on this node (transcoding uses about one core each)
     * @param pollingInterval how often this node looks for due jobs
     * @param heartbeat       how often a running job says it is alive; after 4 missed beats another node takes it
     * @param maxRetries      attempts after the first for transient failures
     * @param firstRetryDelay delay before the first retry, doubled for each next one
     */
    public MediaJobs(DataSource dataSource, AssetProcessing processing, int threads, Duration pollingInterval,
            Duration heartbeat, int maxRetries, Duration firstRetryDelay) {
        this(dataSource, processing, threads, pollingInterval, heartbeat, maxRetries, firstRetryDelay, () -> { });
    }

    /**
     * As above, with {@code hourly} housekeeping (expiring abandoned uploads) run once an hour by one of the nodes.
     */
    public MediaJobs(DataSource dataSource, AssetProcessing processing, int threads, Duration pollingInterval,
            Duration heartbeat, int maxRetries, Duration firstRetryDelay, Runnable hourly) {
        this.processing = processing;
        this.task = Tasks.oneTime(TASK, String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(maxRetries,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(firstRetryDelay, 2.0),
                        (complete, operations) -> processing.giveUp(UUID.fromString(
                                (String) complete.getExecution().taskInstance.getData()),
                                complete.getCause().map(Throwable::getMessage).orElse("repeated failures"))))
                .execute((instance, context) -> processing.process(UUID.fromString(instance.getData())));
        RecurringTask<Void> housekeeping = Tasks.recurring(HOUSEKEEPING, FixedDelay.ofHours(1))
                .execute((instance, context) -> hourly.run());
        this.scheduler = Scheduler.create(dataSource, task)
                .startTasks(housekeeping)
                .threads(threads)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(4)
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .build();
    }

    public void start() {
        scheduler.start();
        watcher.scheduleWithFixedDelay(() -> {
            try {
                processing.stopCancelledJobs();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot check for cancelled media jobs", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Cancels the asset's job (see {@link AssetProcessing#cancel}); a job not yet started will find its asset
     * CANCELLED and end at once.
     */
    public vn.hoctap.media.asset.MediaAsset cancel(UUID assetId, String reason) {
        return processing.cancel(assetId, reason);
    }

    /** Schedules the processing of the asset now (a second submission of the same asset is ignored). */
    public void submit(UUID assetId) {
        scheduler.scheduleIfNotExists(task.instance(assetId.toString(), assetId.toString()), Instant.now());
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        scheduler.stop();
    }
}
