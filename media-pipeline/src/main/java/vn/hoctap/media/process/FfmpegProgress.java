package vn.hoctap.media.process;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns the {@code key=value} lines that ffmpeg writes with {@code -progress pipe:1} into whole percentages for a
 * {@link ProgressListener}: {@code out_time_us} divided by the expected duration of the media. Pass it to
 * {@link ToolCommand.Builder#onStdoutLine}.
 *
 * <p>ffmpeg writes a block of lines every half second, ending with {@code progress=continue}, and a last block
 * ending with {@code progress=end}. Percentages are reported once per block, only when they grew, and stay at 99
 * or below until {@code progress=end}, which reports 100. Lines that are not understood (and values such as
 * {@code N/A}) are ignored. ffmpeg withholds its first block until every output file has been started.
 *
 * <p>Called from a single reader thread; not meant to be shared between runs.
 */
public final class FfmpegProgress implements Consumer<String> {

    private static final String OUT_TIME_US = "out_time_us=";
    private static final String PROGRESS = "progress=";

    private final long totalMicros;
    private final ProgressListener listener;
    private long latestMicros = -1;
    private int reported = -1;

    /**
     * @param expectedDuration the duration of the media being written; a zero duration reports only 100 at the end
     * @param listener         receives the percentages
     */
    public FfmpegProgress(Duration expectedDuration, ProgressListener listener) {
        this.totalMicros = Math.max(0, expectedDuration.toNanos() / 1000);
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void accept(String line) {
        if (line.startsWith(OUT_TIME_US)) {
            latestMicros = parseOrNegative(line.substring(OUT_TIME_US.length()).trim());
        } else if (line.startsWith(PROGRESS)) {
            if ("end".equals(line.substring(PROGRESS.length()).trim())) {
                report(100);
            } else if (latestMicros >= 0 && totalMicros > 0) {
                report((int) Math.min(99, latestMicros * 100 / totalMicros));
            }
        }
    }

    /** The last percentage reported, or -1 if none was. */
    public int lastReported() {
        return reported;
    }

    private void report(int percent) {
        if (percent > reported) {
            reported = percent;
            listener.onProgress(percent);
        }
    }

    private static long parseOrNegative(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
