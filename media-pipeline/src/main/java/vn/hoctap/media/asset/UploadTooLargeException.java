package vn.hoctap.media.asset;

import vn.hoctap.media.process.MediaProcessException;

/** The upload is larger than the limit for its kind (answered with 413); nothing of it is kept. */
public final class UploadTooLargeException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public UploadTooLargeException(String what, long limitBytes) {
        super(what + " may be at most " + describe(limitBytes) + "; shorten or compress the file and upload it again.");
    }

    private static String describe(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        return bytes + " bytes";
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
