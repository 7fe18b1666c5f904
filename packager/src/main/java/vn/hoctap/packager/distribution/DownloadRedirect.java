package vn.hoctap.packager.distribution;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import vn.hoctap.core.storage.ObjectStore;

/**
 * Whether a download is redirected to the object store instead of passing through the application
 * ({@code hoctap.downloads.redirect}): only when enabled and the store gives absolute, presigned URLs (S3). The
 * file-system store's links are relative and served by this application anyway, so they are never redirected to.
 */
public final class DownloadRedirect {

    /** How long a presigned URL of a redirect works. */
    public static final Duration TTL = Duration.ofHours(1);

    private final ObjectStore store;
    private final boolean enabled;

    public DownloadRedirect(ObjectStore store, boolean enabled) {
        this.store = Objects.requireNonNull(store, "store");
        this.enabled = enabled;
    }

    /** The presigned URL to redirect a download of {@code key} to, if any. */
    public Optional<URI> target(String key) {
        if (!enabled) {
            return Optional.empty();
        }
        URI url = store.downloadUrl(key, TTL);
        return url.isAbsolute() ? Optional.of(url) : Optional.empty();
    }
}
