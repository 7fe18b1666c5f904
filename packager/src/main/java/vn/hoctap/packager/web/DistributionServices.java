package vn.hoctap.packager.web;

import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.authoring.publishing.JdbcPublishedCourses;
import vn.hoctap.core.lifecycle.PlatformStarted;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.packager.distribution.Catalog;
import vn.hoctap.packager.distribution.CatalogSync;
import vn.hoctap.packager.distribution.PublishedCourseMapping;
import vn.hoctap.packager.distribution.VersionPackaging;
import vn.hoctap.packager.launch.Cmi5Courses;
import vn.hoctap.packager.launch.PublishedVersionLaunches;

/**
 * Distribution in the container: the catalogue reader and the catalogue sync (which also makes every packaged
 * version launchable through the cmi5 LMS side, statements in the LRS store {@code default}), which runs every
 * {@code hoctap.distribution.sync-seconds} on a managed scheduled executor once the platform has started
 * (ADR 0025), and stops with the application.
 */
@ApplicationScoped
public class DistributionServices {

    private static final Logger LOG = Logger.getLogger(DistributionServices.class.getName());

    @Inject
    Transactor transactor;

    @Inject
    ObjectStore store;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "hoctap.distribution.sync-seconds", defaultValue = "5")
    int syncSeconds;

    @Inject
    @ConfigProperty(name = "hoctap.packager.course-iri-base", defaultValue = PublishedCourseMapping.DEFAULT_IRI_BASE)
    String courseIriBase;

    private ScheduledFuture<?> scheduled;

    @Produces
    @Singleton
    Catalog catalog() {
        return new Catalog(transactor);
    }

    @Produces
    @Singleton
    CatalogSync catalogSync(Cmi5Courses cmi5) {
        return new CatalogSync(transactor, new JdbcPublishedCourses(transactor),
                new VersionPackaging(store, new PublishedCourseMapping(courseIriBase)),
                new PublishedVersionLaunches(cmi5, "default"), Clock.systemUTC());
    }

    void start(@Observes PlatformStarted started, CatalogSync sync) {
        if (syncSeconds < 1) {
            throw new IllegalStateException("setting hoctap.distribution.sync-seconds must be at least 1");
        }
        scheduled = executor.scheduleWithFixedDelay(() -> {
            try {
                sync.runOnce();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Catalogue sync failed; next run in " + syncSeconds + " s", e);
            }
        }, 1, syncSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "Catalogue sync every " + syncSeconds + " s");
    }

    @PreDestroy
    void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
