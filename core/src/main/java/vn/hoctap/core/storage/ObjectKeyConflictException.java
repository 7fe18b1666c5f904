package vn.hoctap.core.storage;

/**
 * The {@link FileSystemObjectStore} cannot hold both a key and keys below it, because a file and a directory
 * cannot share a path: {@code a/b} cannot be stored while {@code a/b/c} exists, nor {@code a/b/c} while
 * {@code a/b} exists. (S3 stores have no such limit.) Delete the conflicting object first.
 */
public final class ObjectKeyConflictException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ObjectKeyConflictException(String key, String conflict) {
        super("cannot store key '" + key + "': " + conflict
                + " (a file-system store cannot hold both a key and keys below it)");
        this.key = key;
    }

    /** The key that could not be stored. */
    public String key() {
        return key;
    }
}
