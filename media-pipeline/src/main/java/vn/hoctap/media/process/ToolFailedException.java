package vn.hoctap.media.process;

import java.util.List;

/**
 * An external program (ffmpeg, ffprobe, ...) ended with a non-zero exit code or was killed by a signal. Carries
 * the exit code and the last lines the program wrote to its standard error, which usually name the cause.
 *
 * <p>{@link Kind#TRANSIENT}: a crash or a full disk can go away. Callers that know better translate it (the
 * {@code VideoProbe} turns ffprobe's "invalid data" exit into an {@link UnsupportedMediaException}). A job runner
 * must bound the number of retries, since a file that crashes the tool will crash it again.
 */
public final class ToolFailedException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    private final String program;
    private final int exitCode;
    private final List<String> stderrTail;

    public ToolFailedException(String program, int exitCode, List<String> stderrTail) {
        super(program + " exited with code " + exitCode + describeTail(stderrTail));
        this.program = program;
        this.exitCode = exitCode;
        this.stderrTail = List.copyOf(stderrTail);
    }

    static String describeTail(List<String> stderrTail) {
        return stderrTail.isEmpty() ? "" : ": " + stderrTail.get(stderrTail.size() - 1);
    }

    /** The program's file name, e.g. {@code ffmpeg}. */
    public String program() {
        return program;
    }

    /** The exit code; above 128 when the program was killed by a signal (128 + the signal number). */
    public int exitCode() {
        return exitCode;
    }

    /** The last lines of standard error, oldest first, each cut to a bounded length. */
    public List<String> stderrTail() {
        return stderrTail;
    }

    @Override
    public Kind kind() {
        return Kind.TRANSIENT;
    }
}
