package vn.hoctap.authoring.identity.web;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.authoring.identity.PasswordHasher;
import vn.hoctap.core.config.SecretFiles;
import vn.hoctap.core.lifecycle.PlatformStarted;

/**
 * On a first start (no administrator yet) creates the administrator named by {@code hoctap.admin.username}
 * with the password of {@code hoctap.admin.password}; when no password is configured it generates one and
 * writes it to {@code <data-dir>/secrets/admin-password} (readable by the owner only), where {@code ./run}
 * shows it.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    UserDirectory directory;

    @Inject
    @ConfigProperty(name = "hoctap.admin.username", defaultValue = "admin")
    String username;

    @Inject
    @ConfigProperty(name = "hoctap.admin.password")
    Optional<String> configuredPassword;

    void onStart(@Observes PlatformStarted started) {
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(PasswordHasher::randomPassword);
        directory.ensureAdministrator(username, password).ifPresent(admin -> {
            if (configuredPassword.filter(p -> !p.isBlank()).isEmpty()) {
                Path file = SecretFiles.write(started.dataDirectory().resolve("secrets").resolve("admin-password"), password);
                LOG.info(() -> "Created the administrator '" + admin.username() + "'; its password is in " + file);
            } else {
                LOG.info(() -> "Created the administrator '" + admin.username() + "' with the configured password");
            }
        });
    }
}
