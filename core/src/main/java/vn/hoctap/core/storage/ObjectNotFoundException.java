package vn.hoctap.core.storage;

/** No object is stored under the requested key. */
public final class ObjectNotFoundException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ObjectNotFoundException(String key) {
        super("no object is stored under key '" + key + "'");
        this.key = key;
    }

    /** The key that was looked up. */
    public String key() {
        return key;
    }
}
