package vn.hoctap.core.storage;

/**
 * The store cannot be used at all: the directory is missing or not writable, the S3 endpoint cannot be
 * reached, the credentials are wrong, the bucket does not exist. The message says which, in one line that an
 * operator can act on; it never contains a secret.
 */
public final class StorageUnavailableException extends StorageException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, so that a caller can point at the setting to fix. */
    public enum Reason {
        /** The endpoint or directory cannot be reached at all. */
        UNREACHABLE,
        /** The server rejected the access key or the secret key. */
        CREDENTIALS_REJECTED,
        /** The credentials are valid but lack a permission. */
        ACCESS_DENIED,
        /** The bucket does not exist. */
        BUCKET_MISSING,
        /** The local directory cannot be written. */
        NOT_WRITABLE,
        /** Anything else (a missing library, an unexpected server error). */
        OTHER
    }

    private final Reason reason;

    public StorageUnavailableException(String message) {
        this(Reason.OTHER, message, null);
    }

    public StorageUnavailableException(String message, Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public StorageUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
