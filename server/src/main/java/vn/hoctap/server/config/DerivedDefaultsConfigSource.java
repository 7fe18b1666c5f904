package vn.hoctap.server.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import vn.hoctap.core.config.Setting;
import vn.hoctap.core.persistence.Databases;

/**
 * Defaults that depend on other settings: the H2 database file lives in the data directory.
 *
 * <p>Its ordinal (150) is above {@code microprofile-config.properties} (100) and below environment variables
 * (300) and system properties (400): anything the operator sets wins. It reads the settings it derives from
 * straight from system properties and the environment, because a config source cannot ask the config.
 */
public final class DerivedDefaultsConfigSource implements ConfigSource {

    static final String DEFAULT_DATA_DIR = "data";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(Setting.DB_URL.key());
    }

    @Override
    public String getValue(String propertyName) {
        if (Setting.DB_URL.key().equals(propertyName)) {
            return defaultDatabaseUrl();
        }
        return null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(Setting.DB_URL.key(), defaultDatabaseUrl());
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
