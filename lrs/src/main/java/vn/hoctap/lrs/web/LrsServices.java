package vn.hoctap.lrs.web;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.persistence.Transactor;
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

    @Produces
    @Singleton
    StoreAdministration storeAdministration() {
        return new StoreAdministration(transactor, new StoreRepository(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    DocumentService documentService() {
        return new DocumentService(transactor, new DocumentRepository(), new ObjectMapper(), Clock.systemUTC());
    }

    @Produces
    @Singleton
    StatementService statementService() {
        return new StatementService(transactor, new StatementRepository(), new StatementValidator(), new ObjectMapper(),
                Clock.systemUTC(), authorityHomePage);
    }
}
