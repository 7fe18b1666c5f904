package vn.hoctap.lrs.web;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.inject.Instance;

import vn.hoctap.core.config.Setting;
import vn.hoctap.core.lifecycle.PlatformStarted;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.lrs.cmi5.Cmi5SessionListener;
import vn.hoctap.lrs.cmi5.Cmi5SessionRepository;
import vn.hoctap.lrs.cmi5.Cmi5Sessions;
import vn.hoctap.lrs.document.DocumentRepository;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.statement.StatementRepository;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.lrs.store.StoreRepository;
import vn.hoctap.lrs.validation.StatementValidator;

/**
 * The LRS's domain services, wired with the container's transactions and settings. They are thread-safe and
 * stateless, so one instance each ({@code @Singleton}: no client proxy, which final classes could not have).
 */
@ApplicationScoped
public class LrsServices {

    @Inject
    Transactor transactor;

    @Inject
    @ConfigProperty(name = "hoctap.lrs.authority-home-page", defaultValue = "https://hoctap.vn/xapi")
    String authorityHomePage;

    @Inject
    @ConfigProperty(name = "hoctap.lrs.base-path", defaultValue = BasePath.INTERNAL)
    String basePath;

    /** The LMS side of cmi5 (packager), told when a launch session's statements were stored; may be absent. */
    @Inject
    Instance<Cmi5SessionListener> cmi5Listeners;

    /** The path the LRS is served under, parsed once ({@code more} links are built from it). */
    @Produces
    @Singleton
    BasePath basePath() {
        return Setting.LRS_BASE_PATH.parse(basePath, BasePath::parse);
    }

    /**
     * Checks {@code hoctap.lrs.base-path} when the platform starts, so a wrong one stops the start ({@link XapiBasePath}
     * reads it outside CDI and falls back to the default).
     */
    void checkSettings(@Observes PlatformStarted started, BasePath parsed) {
        // parsing it is the check
    }

    @Produces
    @Singleton
    StoreAdministration storeAdministration() {
        return new StoreAdministration(transactor, new StoreRepository(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    Cmi5Sessions cmi5Sessions(StoreAdministration stores) {
        return new Cmi5Sessions(transactor, new Cmi5SessionRepository(), stores, Clock.systemUTC(),
                () -> cmi5Listeners.isResolvable() ? cmi5Listeners.get() : Cmi5SessionListener.NONE);
    }

    @Produces
    @Singleton
    DocumentService documentService(Cmi5Sessions sessions) {
        return new DocumentService(transactor, new DocumentRepository(), new ObjectMapper(), Clock.systemUTC(),
                sessions.documentGate());
    }

    @Produces
    @Singleton
    StatementService statementService(Cmi5Sessions sessions) {
        return new StatementService(transactor, new StatementRepository(), new StatementValidator(), new ObjectMapper(),
                Clock.systemUTC(), authorityHomePage, sessions.statementGate());
    }
}
