package vn.hoctap.core.storage;

/**
 * A byte range cannot be satisfied by an object of the given size: it starts at or after the end of the
 * object (the equivalent of HTTP 416 Range Not Satisfiable).
 */
public final class InvalidRangeException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient ByteRange range;
    private final long objectSize;

    public InvalidRangeException(ByteRange range, long objectSize) {
        super("byte range " + range + " cannot be satisfied by an object of " + objectSize + " bytes");
        this.range = range;
        this.objectSize = objectSize;
    }

    /** The requested range. */
    public ByteRange range() {
        return range;
    }

    /** Size in bytes of the object the range was resolved against. */
    public long objectSize() {
        return objectSize;
    }
}
