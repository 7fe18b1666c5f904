package vn.hoctap.core.storage;

/**
 * Root of every exception thrown by an {@link ObjectStore}. Thrown as such when an operation failed for a
 * reason without a more specific subclass (an I/O error of the disk, an unexpected answer of the S3 service);
 * the subclasses name what failed.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
