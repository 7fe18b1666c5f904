package vn.hoctap.media.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.core.lifecycle.PlatformStarted;
import vn.hoctap.core.persistence.Databases;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.MediaIntake;
import vn.hoctap.media.asset.UploadLimits;
import vn.hoctap.media.detect.MediaTypeDetector;
import vn.hoctap.media.job.AssetProcessing;
import vn.hoctap.media.job.MediaJobs;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.captions.AssetCaptions;
import vn.hoctap.media.slides.SlideDeckProcessor;
import vn.hoctap.media.upload.ResumableUploads;
import vn.hoctap.media.upload.UploadRepository;
import vn.hoctap.media.video.HlsTranscoder;
import vn.hoctap.media.video.LadderSettings;
import vn.hoctap.media.video.ProbeLimits;
import vn.hoctap.media.video.VideoProbe;

/**
 * The media pipeline in the container: intake, processing and the job runner, which starts when the platform
 * has started (schema migrated) and stops with the application.
 */
@ApplicationScoped
public class MediaServices {

    private static final Logger LOG = Logger.getLogger(MediaServices.class.getName());

    @Resource(lookup = Databases.DATA_SOURCE_JNDI_NAME)
    DataSource dataSource;

    @Inject
    Transactor transactor;

    @Inject
    ObjectStore store;

    @Inject
    @ConfigProperty(name = "hoctap.data-dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "hoctap.media.job-threads", defaultValue = "1")
    int jobThreads;

    @Inject
    @ConfigProperty(name = "hoctap.media.max-video-bytes", defaultValue = "2147483648")
    long maxVideoBytes;

    @Inject
    @ConfigProperty(name = "hoctap.media.max-slides-bytes", defaultValue = "209715200")
    long maxSlidesBytes;

    @Inject
    @ConfigProperty(name = "hoctap.media.max-image-bytes", defaultValue = "20971520")
    long maxImageBytes;

    @Inject
    @ConfigProperty(name = "hoctap.media.job-heartbeat-seconds", defaultValue = "30")
    int heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "hoctap.media.upload-expiry-hours", defaultValue = "24")
    int uploadExpiryHours;

    private MediaJobs jobs;
    private MediaIntake intake;
    private ResumableUploads uploads;

    @Produces
    @Singleton
    MediaJobs jobs() {
        FfmpegPrograms programs = FfmpegPrograms.bundled();
        ExternalTool tool = ExternalTool.lowPriority();
        HlsTranscoder transcoder = new HlsTranscoder(new VideoProbe(programs, tool, ProbeLimits.defaults()), programs,
                tool, LadderSettings.defaults());
        AssetProcessing processing = new AssetProcessing(transactor, new AssetRepository(), store, transcoder,
                SlideDeckProcessor.onThisMachine(), Path.of(dataDir).toAbsolutePath().resolve("work").resolve("media"),
                Clock.systemUTC());
        jobs = new MediaJobs(dataSource, processing, jobThreads, Duration.ofSeconds(2),
                Duration.ofSeconds(Math.max(1, heartbeatSeconds)), 3, Duration.ofSeconds(30), this::expireUploads);
        UploadLimits limits = new UploadLimits(maxVideoBytes, maxSlidesBytes, maxImageBytes);
        intake = new MediaIntake(store, transactor, new AssetRepository(), new MediaTypeDetector(), jobs::submit,
                limits, Clock.systemUTC());
        uploads = new ResumableUploads(store, transactor, new UploadRepository(), intake, limits,
                Duration.ofHours(Math.max(1, uploadExpiryHours)), 8 << 20, Clock.systemUTC());
        return jobs;
    }

    @Produces
    @Singleton
    MediaIntake intake(MediaJobs mediaJobs) {
        return intake;
    }

    @Produces
    @Singleton
    ResumableUploads uploads(MediaJobs mediaJobs) {
        return uploads;
    }

    @Produces
    @Singleton
    AssetCaptions captions() {
        return new AssetCaptions(transactor, new AssetRepository(), store, Clock.systemUTC());
    }

    private void expireUploads() {
        int expired = uploads.expireAbandoned();
        if (expired > 0) {
            LOG.info(() -> expired + " abandoned resumable uploads expired");
        }
    }

    void startJobs(@Observes PlatformStarted started, MediaJobs mediaJobs) {
        mediaJobs.start();
        LOG.info(() -> "Media jobs started (" + jobThreads + " at a time on this node)");
    }

    @PreDestroy
    void stopJobs() {
        if (jobs != null) {
            jobs.close();
        }
    }
}
