package vn.hoctap.media.process;

/**
 * An external program cannot be found, extracted or started (the native JavaCPP package lacks this platform, the
 * cache directory is not writable, a shared library is missing). An operator has to act; {@link Kind#TRANSIENT}
 * because the same job succeeds once the machine is repaired.
 */
public final class ToolUnavailableException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    public ToolUnavailableException(String message) {
        super(message);
    }

    public ToolUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Kind kind() {
        return Kind.TRANSIENT;
    }
}
