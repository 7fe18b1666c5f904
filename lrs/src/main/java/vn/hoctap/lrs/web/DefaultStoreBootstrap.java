package vn.hoctap.lrs.web;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.core.config.SecretFiles;
import vn.hoctap.core.lifecycle.PlatformStarted;
import vn.hoctap.lrs.store.StoreAdministration;

/**
 * On a first start (no LRS store yet) creates the store {@code default} with one credential of scope {@code all}:
 * the key and secret of {@code hoctap.lrs.default-key} / {@code hoctap.lrs.default-secret} when both are set,
 * else generated ones, written to {@code <data-dir>/secrets/lrs-default-credential} ({@code key:secret}) where
 * {@code ./run} shows them, so any xAPI client can be pointed at the LRS at once.
 */
@ApplicationScoped
public class DefaultStoreBootstrap {

    private static final Logger LOG = Logger.getLogger(DefaultStoreBootstrap.class.getName());

    @Inject
    StoreAdministration administration;

    @Inject
    @ConfigProperty(name = "hoctap.lrs.default-key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "hoctap.lrs.default-secret")
    Optional<String> secret;

    void onStart(@Observes PlatformStarted started) {
        administration.ensureDefaultStore("default", key.filter(k -> !k.isBlank()), secret.filter(s -> !s.isBlank()))
                .ifPresent(issued -> {
                    var file = SecretFiles.write(started.dataDirectory().resolve("secrets").resolve("lrs-default-credential"),
                            issued.credential().key() + ":" + issued.secret());
                    LOG.info(() -> "Created the LRS store 'default' with credential " + issued.credential().key()
                            + "; key and secret are in " + file);
                });
    }
}
