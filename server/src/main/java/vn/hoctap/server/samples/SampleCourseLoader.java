package vn.hoctap.server.samples;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoctap.authoring.access.Actor;
import vn.hoctap.authoring.course.CourseDrafts;
import vn.hoctap.authoring.identity.Role;
import vn.hoctap.authoring.publishing.Publishing;
import vn.hoctap.core.lifecycle.PlatformStarted;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.MediaIntake;
import vn.hoctap.media.captions.AssetCaptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads and publishes the sample course on start when {@code hoctap.samples.dir} names a generated directory
 * (ADR 24; {@code ./run} generates {@code <data-dir>/samples} and sets it) and the course is not there yet. The
 * import runs on a managed thread: start-up does not wait for the media pipeline, and a failed import is logged,
 * never fatal. Unset (the default outside {@code ./run}): nothing happens.
 */
@ApplicationScoped
public class SampleCourseLoader {

    private static final Logger LOG = Logger.getLogger(SampleCourseLoader.class.getName());

    @Inject
    @ConfigProperty(name = "hoctap.samples.dir")
    Optional<String> samplesDirectory;

    @Inject
    @ConfigProperty(name = "hoctap.admin.username", defaultValue = "admin")
    String administrator;

    @Inject
    Transactor transactor;

    @Inject
    MediaIntake intake;

    @Inject
    AssetCaptions captions;

    @Inject
    CourseDrafts drafts;

    @Inject
    Publishing publishing;

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes PlatformStarted started) {
        Optional<Path> directory = samplesDirectory.filter(d -> !d.isBlank()).map(Path::of);
        if (directory.isEmpty()) {
            return;
        }
        if (!Files.isRegularFile(directory.get().resolve("manifest.json"))) {
            LOG.warning(() -> "hoctap.samples.dir is " + directory.get() + " but it holds no generated sample course "
                    + "(manifest.json); generate it with the samples module (./run does)");
            return;
        }
        AssetRepository assets = new AssetRepository();
        SampleCourseImport sample = new SampleCourseImport(drafts, publishing, intake, captions,
                id -> transactor.inTransaction(c -> assets.byId(c, id)),
                Actor.of(administrator, Role.ADMIN), Duration.ofSeconds(2), Duration.ofMinutes(20));
        executor.submit(() -> {
            try {
                SampleCourseImport.Outcome outcome = sample.importFrom(directory.get());
                if (outcome == SampleCourseImport.Outcome.ALREADY_PUBLISHED) {
                    LOG.info("The sample course is already published; nothing to load");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The sample course was not loaded: " + e.getMessage(), e);
            }
            return null;
        });
    }
}
