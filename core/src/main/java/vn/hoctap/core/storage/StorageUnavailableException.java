package vn.hoctap.core.storage;

/**
 * The store cannot be used at all: the directory is missing or not writable, the S3 endpoint cannot be
 * reached, the credentials are wrong, the bucket does not exist. The message says which, in one line that an
 * operator can act on; it never contains a secret.
 */
public final class StorageUnavailableException extends StorageException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message) {
        super(message);
    }

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
