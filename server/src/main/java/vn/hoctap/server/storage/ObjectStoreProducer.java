package vn.hoctap.server.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import vn.hoctap.core.config.InvalidSettingException;
import vn.hoctap.core.config.SecretFiles;
import vn.hoctap.core.config.Setting;
import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.S3ObjectStore;
import vn.hoctap.core.storage.S3Settings;
import vn.hoctap.core.storage.SignedUrlSigner;

/** Chooses the object store adapter from the settings: the file system (default) or S3. */
@ApplicationScoped
public class ObjectStoreProducer {

    @Inject
    StorageSettings settings;

    @Produces
    @ApplicationScoped
    ObjectStore objectStore(SignedUrlSigner signer) {
        if (settings.isFileSystem()) {
            return new FileSystemObjectStore(settings.fileSystemRoot(), signer, Clock.systemUTC());
        }
        S3Settings s3;
        try {
            s3 = new S3Settings(settings.s3Endpoint(), settings.s3Region(), settings.s3Bucket(),
                    settings.s3AccessKey(), settings.s3SecretKey(), true);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(Setting.S3_ENDPOINT, e.getMessage(), e);
        }
        return new S3ObjectStore(s3);
    }

    /**
     * The key that signs file-system download URLs: {@code hoctap.storage.url-secret} (base64, at least 32 bytes;
     * all nodes of a cluster must share it), else one generated on the first start and kept in
     * {@code <data-dir>/secrets/storage-url.key}.
     */
    @Produces
    @Singleton
    SignedUrlSigner signer() {
        byte[] secret = settings.urlSecret().map(ObjectStoreProducer::decode).orElseGet(this::persistedSecret);
        return new SignedUrlSigner(secret, Clock.systemUTC());
    }

    private static byte[] decode(String base64) {
        try {
            byte[] secret = Base64.getDecoder().decode(base64.trim());
            if (secret.length < 32) {
                throw new InvalidSettingException(Setting.STORAGE_URL_SECRET, "must be at least 32 bytes in base64");
            }
            return secret;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(Setting.STORAGE_URL_SECRET, "is not valid base64", e);
        }
    }

    private byte[] persistedSecret() {
        Path file = settings.dataDirectory().resolve("secrets").resolve("storage-url.key");
        return decode(SecretFiles.readOrCreate(file,
                () -> Base64.getEncoder().encodeToString(SignedUrlSigner.generateSecret())));
    }
}
