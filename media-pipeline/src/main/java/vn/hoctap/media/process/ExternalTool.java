package vn.hoctap.media.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs external programs (ffmpeg, ffprobe, ...) as child processes, never inside the JVM, so that a crash of
 * native code ends only the child. Each run has a working directory, a time limit after which the program and its
 * descendants are killed, optional cancellation, a bounded record of standard error and a line-by-line view of
 * standard output.
 *
 * <p>On Linux with {@code nice} installed, {@link #lowPriority()} starts programs through {@code nice -n 10}, so
 * that transcoding yields the CPU to the web server. {@code nice} replaces itself with the program: the child's
 * process id is the program's.
 *
 * <p>The child gets a minimal environment ({@code PATH}, {@code LANG=C} and what the {@link ToolCommand} adds):
 * the server's variables, which may hold secrets, are not passed on. Its standard input is closed at once.
 *
 * <p>Thread safe and stateless; one instance serves the whole application.
 */
public final class ExternalTool {

    /** The niceness used by {@link #lowPriority()}. */
    public static final int LOW_PRIORITY_NICENESS = 10;

    private static final String DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin";
    private static final List<Path> NICE_LOCATIONS = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));

    private final Optional<Path> nice;

    private ExternalTool(Optional<Path> nice) {
        this.nice = nice;
    }

    /** Runs programs through {@code nice -n 10} where that is available (Linux), else as they are. */
    public static ExternalTool lowPriority() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        return new ExternalTool(linux ? NICE_LOCATIONS.stream().filter(Files::isExecutable).findFirst()
                : Optional.empty());
    }

    /** Runs programs with the JVM's own priority. */
    public static ExternalTool normalPriority() {
        return new ExternalTool(Optional.empty());
    }

    /** Whether programs are started with lowered CPU priority. */
    public boolean lowersPriority() {
        return nice.isPresent();
    }

    /**
     * Starts the program and returns at once. The caller must {@link RunningTool#await() await} the result (or
     * cancel); the timeout is enforced either way.
     *
     * @throws ToolUnavailableException if the working directory does not exist, the program (given by absolute
     *                                  path) is missing or not executable, or it cannot be started
     */
    public RunningTool start(ToolCommand command) {
        if (!Files.isDirectory(command.workingDirectory())) {
            throw new ToolUnavailableException("working directory of " + command.programName()
                    + " does not exist: " + command.workingDirectory());
        }
        if (command.program().isAbsolute() && !Files.isExecutable(command.program())) {
            throw new ToolUnavailableException("program is missing or not executable: " + command.program());
        }
        List<String> commandLine = new ArrayList<>();
        nice.ifPresent(n -> commandLine.addAll(List.of(n.toString(), "-n", Integer.toString(LOW_PRIORITY_NICENESS))));
        commandLine.add(command.program().toString());
        commandLine.addAll(command.arguments());
        ProcessBuilder builder = new ProcessBuilder(commandLine).directory(command.workingDirectory().toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", DEFAULT_PATH);
        env.put("LANG", "C");
        env.putAll(command.environment());
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ToolUnavailableException("cannot start " + command.program() + ": " + e.getMessage(), e);
        }
        return new RunningTool(command, process, start);
    }

    /**
     * Runs the program to its end, killing it if {@code cancellation} is cancelled meanwhile.
     *
     * @return the result, if the program exited with code 0
     * @throws ToolFailedException      if it exited with another code
     * @throws ToolTimeoutException     if it exceeded the command's time limit
     * @throws ToolCancelledException   if {@code cancellation} was (or already is) cancelled, or the thread was
     *                                  interrupted
     * @throws ToolUnavailableException if it could not be started
     */
    public ToolResult run(ToolCommand command, Cancellation cancellation) {
        cancellation.throwIfCancelled(command.programName());
        RunningTool running = start(command);
        Cancellation.Registration registration = cancellation.onCancel(running::cancel);
        try {
            return running.await();
        } finally {
            registration.close();
        }
    }
}
