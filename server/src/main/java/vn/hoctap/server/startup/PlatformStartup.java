package vn.hoctap.server.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
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
import vn.hoctap.server.persistence.PlatformDataSource;
import vn.hoctap.server.storage.StorageSettings;

/**
 * Checks every setting the platform depends on, migrates the schema, then tells the modules the platform has
 * started ({@link PlatformStarted}) so they can create their first data.
 *
 * <p>A wrong setting stops the server: one line at SEVERE names the setting and the cause, and the process exits
 * with status {@value #EXIT_INVALID_SETTING} instead of serving a half-working platform.
 */
@ApplicationScoped
public class PlatformStartup {

    /** The exit status of a server stopped by a wrong setting. */
    public static final int EXIT_INVALID_SETTING = 78;

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
        } catch (InvalidSettingException e) {
            stop(e.getMessage());
        }
    }

    private int migrateSchema() {
        try {
            Databases.kindOf(databaseUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(Setting.DB_URL, e.getMessage(), e);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw databaseProblem(e);
        }
        return new SchemaMigrations(dataSource, Thread.currentThread().getContextClassLoader()).migrate();
    }

    private InvalidSettingException databaseProblem(SQLException e) {
        String state = sqlState(e);
        String cause = rootMessage(e);
        if (state != null && state.startsWith("28")) {
            return new InvalidSettingException(Setting.DB_PASSWORD,
                    "the database refused user '" + databaseUser + "': " + cause + " (check " + Setting.DB_USER.describe()
                            + " and " + Setting.DB_PASSWORD.describe() + ")", e);
        }
        return new InvalidSettingException(Setting.DB_URL,
                "cannot connect to the database at " + databaseUrl + ": " + cause, e);
    }

    private void checkObjectStore() {
        if (storageSettings.isFileSystem()) {
            requireWritableDirectory(Setting.STORAGE_DIR, storageSettings.fileSystemRoot());
        }
        try {
            objectStore.checkReady();
        } catch (StorageException e) {
            throw new InvalidSettingException(storageSettings.isFileSystem() ? Setting.STORAGE_DIR : Setting.S3_ACCESS_KEY,
                    e.getMessage(), e);
        }
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

    private static void stop(String line) {
        LOG.log(Level.SEVERE, "START-UP FAILED: {0}", line);
        Thread exit = new Thread(() -> System.exit(EXIT_INVALID_SETTING), "hoctap-startup-failure");
        exit.setDaemon(false);
        exit.start();
    }

    private static String sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.toString();
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
