package vn.hoctap.media.process;

import java.time.Duration;
import java.util.List;

/**
 * An external program ran longer than its time limit; it and every process it started were killed. {@link
 * Kind#TRANSIENT}: a busy machine can be the cause. Carries the last lines of standard error.
 */
public final class ToolTimeoutException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    private final String program;
    private final Duration timeout;
    private final List<String> stderrTail;

    public ToolTimeoutException(String program, Duration timeout, List<String> stderrTail) {
        super(program + " did not finish within " + timeout.toSeconds() + " s and was killed"
                + ToolFailedException.describeTail(stderrTail));
        this.program = program;
        this.timeout = timeout;
        this.stderrTail = List.copyOf(stderrTail);
    }

    public String program() {
        return program;
    }

    /** The limit that was exceeded. */
    public Duration timeout() {
        return timeout;
    }

    /** The last lines of standard error, oldest first. */
    public List<String> stderrTail() {
        return stderrTail;
    }

    @Override
    public Kind kind() {
        return Kind.TRANSIENT;
    }
}
