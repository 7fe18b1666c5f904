package vn.hoctap.lrs.app;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.core.config.InvalidSettingException;
import vn.hoctap.core.config.Setting;
import vn.hoctap.core.lifecycle.PlatformStarted;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.progress.ProgressService;
import vn.hoctap.lrs.pseudonym.PseudonymKey;
import vn.hoctap.lrs.pseudonym.Pseudonyms;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.sync.SyncService;
import vn.hoctap.lrs.validation.Iris;
import vn.hoctap.lrs.validation.StatementValidator;

/**
 * The app side's services, wired with the settings: the pseudonym key ({@code hoctap.lrs.app.pseudonym-key}, hex,
 * else {@code <data-dir>/secrets/app-pseudonym-key}, created on the first start) and the home page of learner
 * accounts ({@code hoctap.lrs.app.learner-home-page}). Both are checked when the platform starts.
 */
@ApplicationScoped
public class AppServices {

    /** Where the generated key is kept, under the data directory. */
    static final String KEY_FILE = "secrets/app-pseudonym-key";

    @Inject
    @ConfigProperty(name = "hoctap.data-dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "hoctap.lrs.app.pseudonym-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "hoctap.lrs.app.learner-home-page", defaultValue = "https://hoctap.vn/app")
    String learnerHomePage;

    @Inject
    StatementService statements;

    @Inject
    DocumentService documents;

    @Produces
    @Singleton
    Pseudonyms pseudonyms() {
        if (!Iris.isAbsoluteIri(learnerHomePage)) {
            throw new InvalidSettingException(Setting.APP_LEARNER_HOME_PAGE,
                    "must be an absolute IRL such as https://hoctap.vn/app, not '" + learnerHomePage + "'");
        }
        PseudonymKey key = configuredKey.filter(k -> !k.isBlank())
                .map(hex -> Setting.APP_PSEUDONYM_KEY.parse(hex, PseudonymKey::fromHex))
                .orElseGet(() -> Setting.APP_PSEUDONYM_KEY.parse(
                        Path.of(dataDir).toAbsolutePath().normalize().resolve(KEY_FILE), PseudonymKey::loadOrCreate));
        return new Pseudonyms(key, learnerHomePage);
    }

    @Produces
    @Singleton
    SyncService syncService(Pseudonyms pseudonyms) {
        return new SyncService(statements, documents, new StatementValidator(), pseudonyms);
    }

    @Produces
    @Singleton
    ProgressService progressService(Pseudonyms pseudonyms) {
        return new ProgressService(statements, documents, pseudonyms);
    }

    /** Checks the settings and creates the key file on the first start, so a wrong setting stops the start. */
    void onStart(@Observes PlatformStarted started, Pseudonyms pseudonyms) {
        pseudonyms.homePage();
    }
}
