package vn.hoctap.media.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A started external program. Its standard output and error are drained by two daemon threads from the start, so
 * the program never blocks on a full pipe; a watchdog kills it and every process it started when the time limit
 * passes. Exactly one thread should call {@link #await()}; {@link #cancel()} may be called from any thread.
 */
public final class RunningTool {

    private static final System.Logger LOG = System.getLogger(RunningTool.class.getName());
    private static final Duration READER_JOIN_LIMIT = Duration.ofSeconds(5);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "media-tool-watchdog");
        t.setDaemon(true);
        return t;
    });

    private enum Ending { RUNNING, CANCELLED, TIMED_OUT }

    private final ToolCommand command;
    private final Process process;
    private final long startNanos;
    private final AtomicReference<Ending> ending = new AtomicReference<>(Ending.RUNNING);
    private final LineTail stderrTail;
    private final StringBuilder stdout = new StringBuilder();
    private volatile boolean stdoutTruncated;
    private volatile IOException readFailure;
    private final Thread stdoutReader;
    private final Thread stderrReader;
    private final ScheduledFuture<?> timeoutTask;

    RunningTool(ToolCommand command, Process process, long startNanos) {
        this.command = command;
        this.process = process;
        this.startNanos = startNanos;
        this.stderrTail = new LineTail(command.stderrTailLines());
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the standard input of a child failed", e);
        }
        String name = command.programName() + "-" + process.pid();
        this.stdoutReader = startReader(name + "-stdout", process.getInputStream(), this::onStdoutLine);
        this.stderrReader = startReader(name + "-stderr", process.getErrorStream(), stderrTail::add);
        this.timeoutTask = WATCHDOG.schedule(() -> end(Ending.TIMED_OUT),
                command.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The operating system's id of the child process. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the program and every process it started, at once (SIGKILL: partial output files are left for the
     * caller to delete). {@link #await()} then throws {@link ToolCancelledException}. Does nothing if the program
     * already ended or was killed for its timeout.
     */
    public void cancel() {
        end(Ending.CANCELLED);
    }

    /**
     * Waits until the program has exited and its output has been read.
     *
     * @return the result, if the exit code was 0
     * @throws ToolFailedException    if the exit code was not 0
     * @throws ToolTimeoutException   if the time limit passed first
     * @throws ToolCancelledException if {@link #cancel()} was called, or the waiting thread was interrupted (the
     *                                program is then killed and the interrupt flag set again)
     * @throws MediaIoException       if reading the program's output failed
     */
    public ToolResult await() {
        int exitCode;
        try {
            exitCode = process.waitFor();
            stdoutReader.join(READER_JOIN_LIMIT.toMillis());
            stderrReader.join(READER_JOIN_LIMIT.toMillis());
        } catch (InterruptedException e) {
            end(Ending.CANCELLED);
            Thread.currentThread().interrupt();
            throw new ToolCancelledException(command.programName());
        } finally {
            timeoutTask.cancel(false);
        }
        List<String> tail = stderrTail.lines();
        switch (ending.get()) {
            case CANCELLED:
                throw new ToolCancelledException(command.programName());
            case TIMED_OUT:
                throw new ToolTimeoutException(command.programName(), command.timeout(), tail);
            default:
                break;
        }
        if (exitCode != 0) {
            throw new ToolFailedException(command.programName(), exitCode, tail);
        }
        if (readFailure != null) {
            throw new MediaIoException("reading the output of " + command.programName() + " failed", readFailure);
        }
        String captured;
        synchronized (stdout) {
            captured = stdout.toString();
        }
        return new ToolResult(captured, stdoutTruncated, tail, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private void end(Ending why) {
        if (process.isAlive() && ending.compareAndSet(Ending.RUNNING, why)) {
            killTree();
        }
    }

    /** Kills the descendants first (a killed parent's children would be re-parented and harder to find). */
    private void killTree() {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void onStdoutLine(String line) {
        int limit = command.stdoutCaptureLimit();
        if (limit > 0) {
            synchronized (stdout) {
                if (!stdoutTruncated && stdout.length() + line.length() + 1 <= limit) {
                    stdout.append(line).append('\n');
                } else {
                    stdoutTruncated = true;
                }
            }
        }
        command.stdoutLineListener().ifPresent(listener -> {
            try {
                listener.accept(line);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a listener of " + command.programName() + " failed", e);
            }
        });
    }

    private Thread startReader(String name, InputStream in, Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (in) {
                LineSplitter.forEachLine(in, ToolCommand.MAX_LINE_CHARS, sink);
            } catch (IOException e) {
                if (ending.get() == Ending.RUNNING) {
                    readFailure = e;
                }
            } catch (UncheckedIOException e) {
                readFailure = e.getCause();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
