package vn.hoctap.server.samples;

/** The sample course could not be imported; the message says why. Logged, never fatal for the server. */
public final class SampleImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SampleImportException(String message) {
        super(message);
    }

    public SampleImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
