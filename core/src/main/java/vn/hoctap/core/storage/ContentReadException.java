package vn.hoctap.core.storage;

/**
 * Reading the content handed to {@link ObjectStore#put} failed (for example the client uploading it
 * disconnected). Nothing was stored: a previous object under the key is unchanged. The cause is the
 * {@link java.io.IOException} thrown by the content stream.
 */
public final class ContentReadException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ContentReadException(String key, Throwable cause) {
        super("reading the content to store under key '" + key + "' failed, nothing was stored: " + cause, cause);
        this.key = key;
    }

    /** The key the content was meant for. */
    public String key() {
        return key;
    }
}
