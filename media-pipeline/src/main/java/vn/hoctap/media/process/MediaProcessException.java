package vn.hoctap.media.process;

/**
 * Root of every exception that the media pipeline throws when processing a file failed. Unchecked: a job runner
 * catches it at one place and decides from {@link #kind()} whether to try again.
 *
 * <ul>
 *   <li>{@link Kind#PERMANENT}: the input is at fault (not a media file, absurd dimensions, no streams) or the
 *   outcome is deterministic; running the same job again gives the same failure, so the job is marked failed and
 *   the uploader told why ({@link #getMessage()} is written to be shown to them).</li>
 *   <li>{@link Kind#TRANSIENT}: the machine is at fault or may be (a tool crashed, ran out of time, the disk is
 *   full, the tool could not be started); the job may be tried again later, a bounded number of times.</li>
 *   <li>{@link Kind#CANCELLED}: somebody asked for the work to stop; not a failure, never retried by itself.</li>
 * </ul>
 *
 * <p>Messages never contain secrets; they may contain the file name of the input and lines written by FFmpeg.
 */
public abstract class MediaProcessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Whether trying the same work again can succeed. */
    public enum Kind {
        /** Bad input or a deterministic outcome: do not retry. */
        PERMANENT,
        /** The machine or the tool failed: a later attempt may succeed. */
        TRANSIENT,
        /** Stopped on request. */
        CANCELLED
    }

    protected MediaProcessException(String message) {
        super(message);
    }

    protected MediaProcessException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the failure is permanent, transient or a cancellation; fixed per subclass. */
    public abstract Kind kind();

    /** {@code true} only for {@link Kind#TRANSIENT} failures. */
    public final boolean isRetryable() {
        return kind() == Kind.TRANSIENT;
    }
}
