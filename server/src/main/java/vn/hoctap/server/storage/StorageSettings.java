package vn.hoctap.server.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.hoctap.core.config.InvalidSettingException;
import vn.hoctap.core.config.Setting;

/** The object store settings and the data directory, read once from MicroProfile Config. */
@ApplicationScoped
public class StorageSettings {

    @Inject
    @ConfigProperty(name = "hoctap.data-dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "hoctap.storage.type", defaultValue = "filesystem")
    String type;

    @Inject
    @ConfigProperty(name = "hoctap.storage.dir")
    Optional<String> dir;

    @Inject
    @ConfigProperty(name = "hoctap.storage.url-secret")
    Optional<String> urlSecret;

    @Inject
    @ConfigProperty(name = "hoctap.storage.s3.endpoint")
    Optional<String> s3Endpoint;

    @Inject
    @ConfigProperty(name = "hoctap.storage.s3.region", defaultValue = "us-east-1")
    String s3Region;

    @Inject
    @ConfigProperty(name = "hoctap.storage.s3.bucket", defaultValue = "hoctap")
    String s3Bucket;

    @Inject
    @ConfigProperty(name = "hoctap.storage.s3.access-key")
    Optional<String> s3AccessKey;

    @Inject
    @ConfigProperty(name = "hoctap.storage.s3.secret-key")
    Optional<String> s3SecretKey;

    public Path dataDirectory() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** {@code filesystem} or {@code s3}; anything else is a wrong setting. */
    public String type() {
        String normalized = type.trim().toLowerCase(Locale.ROOT);
        if (!normalized.equals("filesystem") && !normalized.equals("s3")) {
            throw new InvalidSettingException(Setting.STORAGE_TYPE,
                    "unknown object store type '" + type + "': use filesystem or s3");
        }
        return normalized;
    }

    public boolean isFileSystem() {
        return type().equals("filesystem");
    }

    /** Where the file-system object store keeps objects: {@code hoctap.storage.dir}, else {@code <data-dir>/objects}. */
    public Path fileSystemRoot() {
        return dir.filter(d -> !d.isBlank()).map(Path::of).orElse(dataDirectory().resolve("objects"))
                .toAbsolutePath().normalize();
    }

    public Optional<String> urlSecret() {
        return urlSecret.filter(s -> !s.isBlank());
    }

    public String s3Endpoint() {
        return s3Endpoint.filter(s -> !s.isBlank()).orElseThrow(() -> new InvalidSettingException(Setting.S3_ENDPOINT,
                "required when " + Setting.STORAGE_TYPE.describe() + " is s3, e.g. http://127.0.0.1:9000"));
    }

    public String s3Region() {
        return s3Region;
    }

    public String s3Bucket() {
        return s3Bucket;
    }

    public String s3AccessKey() {
        return s3AccessKey.filter(s -> !s.isBlank()).orElseThrow(() -> new InvalidSettingException(Setting.S3_ACCESS_KEY,
                "required when " + Setting.STORAGE_TYPE.describe() + " is s3"));
    }

    public String s3SecretKey() {
        return s3SecretKey.filter(s -> !s.isBlank()).orElseThrow(() -> new InvalidSettingException(Setting.S3_SECRET_KEY,
                "required when " + Setting.STORAGE_TYPE.describe() + " is s3"));
    }
}
