package vn.hoctap.media.process;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a program that exited with code 0.
 *
 * @param stdout           the captured standard output, up to {@link ToolCommand#stdoutCaptureLimit()} characters
 *                         (empty when capture was not asked for); lines joined with {@code \n}
 * @param stdoutTruncated  whether standard output was longer than the capture limit
 * @param stderrTail       the last lines of standard error, oldest first (warnings a caller may log)
 * @param elapsed          wall-clock time from start to exit
 */
public record ToolResult(String stdout, boolean stdoutTruncated, List<String> stderrTail, Duration elapsed) {

    public ToolResult {
        stderrTail = List.copyOf(stderrTail);
    }
}
