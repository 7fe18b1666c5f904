package vn.hoctap.server.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import vn.hoctap.core.config.Setting;
import vn.hoctap.core.persistence.Databases;

/**
 * Defaults that depend on other settings: the H2 database file lives in the data directory, and the JDBC data
 * source class follows from the database URL (so setting {@code HOCTAP_DB_URL} to a PostgreSQL URL is enough).
 *
 * <p>Its ordinal (150) is above {@code microprofile-config.properties} (100) and below environment variables
 * (300) and system properties (400): anything the operator sets wins. It reads the settings it derives from
 * straight from system properties and the environment, because a config source cannot ask the config.
 */
public final class DerivedDefaultsConfigSource implements ConfigSource {

    static final String DEFAULT_DATA_DIR = "data";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(Setting.DB_URL.key(), Setting.DB_DATASOURCE_CLASS.key());
    }

    @Override
    public String getValue(String propertyName) {
        if (Setting.DB_URL.key().equals(propertyName)) {
            return defaultDatabaseUrl();
        }
        if (Setting.DB_DATASOURCE_CLASS.key().equals(propertyName)) {
            String url = explicit(Setting.DB_URL).orElseGet(DerivedDefaultsConfigSource::defaultDatabaseUrl);
            try {
                return Databases.dataSourceClassFor(url);
            } catch (IllegalArgumentException unsupported) {
                return null; // start-up reports the unsupported URL, naming the setting
            }
        }
        return null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(Setting.DB_URL.key(), getValue(Setting.DB_URL.key()),
                Setting.DB_DATASOURCE_CLASS.key(), Optional.ofNullable(getValue(Setting.DB_DATASOURCE_CLASS.key())).orElse(""));
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "hoctap-derived-defaults";
    }

    /** The data directory as the operator set it, else {@code ./data}. */
    public static Path dataDirectory() {
        return Path.of(explicit(Setting.DATA_DIR).orElse(DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
    }

    private static String defaultDatabaseUrl() {
        return Databases.h2File(dataDirectory().resolve("db"), "hoctap");
    }

    private static Optional<String> explicit(Setting setting) {
        String value = System.getProperty(setting.key());
        if (value == null || value.isBlank()) {
            value = System.getenv(setting.environmentVariable());
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
