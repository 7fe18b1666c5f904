package vn.hoctap.server.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.core.config.InvalidSettingException;
import vn.hoctap.core.config.Setting;
import vn.hoctap.core.lifecycle.PlatformStarted;
import vn.hoctap.core.persistence.Databases;
import vn.hoctap.core.persistence.SchemaMigrations;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StorageException;
import vn.hoctap.core.storage.StorageUnavailableException;
import vn.hoctap.server.persistence.DatabaseProblems;
import vn.hoctap.server.persistence.PlatformDataSource;
import vn.hoctap.server.storage.StorageSettings;

/**
 * Checks every setting the platform depends on, migrates the schema, then tells the modules the platform has
 * started ({@link PlatformStarted}) so they can create their first data.
 *
 * <p>A wrong setting stops the server ({@link StartupFailure}) instead of leaving a half-working platform.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "hoctap.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "hoctap.db.user")
    String databaseUser;

    @Inject
    StorageSettings storageSettings;

    @Inject
    ObjectStore objectStore;

    @Inject
    Event<PlatformStarted> started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        try {
            requireWritableDirectory(Setting.DATA_DIR, storageSettings.dataDirectory());
            int applied = migrateSchema();
            checkObjectStore();
            started.fire(new PlatformStarted(storageSettings.dataDirectory()));
            LOG.info(() -> "Platform started: database " + Databases.kindOf(databaseUrl) + " (" + applied
                    + " migrations applied), object store " + storageSettings.type());
            StartupFailure.markStarted();
        } catch (InvalidSettingException e) {
            StartupFailure.stopIfStarting(e);
        }
    }

    private int migrateSchema() {
        Setting.DB_URL.parse(databaseUrl, Databases::kindOf);
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw DatabaseProblems.describe(e, databaseUrl, databaseUser);
        }
        return new SchemaMigrations(dataSource, Thread.currentThread().getContextClassLoader()).migrate();
    }

    private void checkObjectStore() {
        if (storageSettings.isFileSystem()) {
            requireWritableDirectory(Setting.STORAGE_DIR, storageSettings.fileSystemRoot());
        }
        try {
            objectStore.checkReady();
        } catch (StorageUnavailableException e) {
            String hint = e.reason() == StorageUnavailableException.Reason.CREDENTIALS_REJECTED
                    ? "; check " + Setting.S3_SECRET_KEY.describe() + " too" : "";
            throw new InvalidSettingException(settingToFix(e.reason()), e.getMessage() + hint, e);
        } catch (StorageException e) {
            throw new InvalidSettingException(storageSettings.isFileSystem() ? Setting.STORAGE_DIR : Setting.S3_ENDPOINT,
                    e.getMessage(), e);
        }
    }

    private Setting settingToFix(StorageUnavailableException.Reason reason) {
        if (storageSettings.isFileSystem()) {
            return Setting.STORAGE_DIR;
        }
        return switch (reason) {
            case CREDENTIALS_REJECTED, ACCESS_DENIED -> Setting.S3_ACCESS_KEY;
            case BUCKET_MISSING -> Setting.S3_BUCKET;
            default -> Setting.S3_ENDPOINT;
        };
    }

    private static void requireWritableDirectory(Setting setting, Path directory) {
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new InvalidSettingException(setting, "directory " + directory + " is not writable: " + e, e);
        }
    }
}
