package vn.hoctap.media.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything needed to run an external program once: the program, its arguments (passed as they are, never
 * through a shell), the working directory, the time limit and what to do with its output. Immutable; build one
 * with {@link #builder(Path)}.
 */
public final class ToolCommand {

    /** Default number of standard error lines kept for error messages. */
    public static final int DEFAULT_STDERR_TAIL_LINES = 40;
    /** Longest line of output kept; the rest of a longer line is dropped. */
    public static final int MAX_LINE_CHARS = 2000;

    private final Path program;
    private final List<String> arguments;
    private final Path workingDirectory;
    private final Duration timeout;
    private final Map<String, String> environment;
    private final Consumer<String> stdoutLineListener;
    private final int stdoutCaptureLimit;
    private final int stderrTailLines;

    private ToolCommand(Builder b) {
        this.program = b.program;
        this.arguments = List.copyOf(b.arguments);
        this.workingDirectory = Objects.requireNonNull(b.workingDirectory, "workingDirectory");
        this.timeout = Objects.requireNonNull(b.timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.environment = Map.copyOf(b.environment);
        this.stdoutLineListener = b.stdoutLineListener;
        this.stdoutCaptureLimit = b.stdoutCaptureLimit;
        this.stderrTailLines = b.stderrTailLines;
    }

    /** Starts a command for {@code program}, an absolute path or a name looked up on {@code PATH}. */
    public static Builder builder(Path program) {
        return new Builder(program);
    }

    public Path program() {
        return program;
    }

    /** The program's file name, used in messages and exceptions. */
    public String programName() {
        return program.getFileName().toString();
    }

    public List<String> arguments() {
        return arguments;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Variables added to the child's minimal environment. */
    public Map<String, String> environment() {
        return environment;
    }

    public Optional<Consumer<String>> stdoutLineListener() {
        return Optional.ofNullable(stdoutLineListener);
    }

    /** How many characters of standard output {@link ToolResult#stdout()} keeps; 0 keeps none. */
    public int stdoutCaptureLimit() {
        return stdoutCaptureLimit;
    }

    public int stderrTailLines() {
        return stderrTailLines;
    }

    /** The program and its arguments, for logs. */
    @Override
    public String toString() {
        List<String> all = new ArrayList<>();
        all.add(program.toString());
        all.addAll(arguments);
        return String.join(" ", all);
    }

    /** Collects the parts of a {@link ToolCommand}; not thread safe. */
    public static final class Builder {
        private final Path program;
        private final List<String> arguments = new ArrayList<>();
        private Path workingDirectory;
        private Duration timeout;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Consumer<String> stdoutLineListener;
        private int stdoutCaptureLimit;
        private int stderrTailLines = DEFAULT_STDERR_TAIL_LINES;

        private Builder(Path program) {
            this.program = Objects.requireNonNull(program, "program");
        }

        public Builder arguments(List<String> args) {
            args.forEach(a -> arguments.add(Objects.requireNonNull(a, "argument")));
            return this;
        }

        public Builder arguments(String... args) {
            return arguments(List.of(args));
        }

        /** Required: the directory the program runs in; relative output names resolve against it. */
        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /** Required: after this long the program and its children are killed. */
        public Builder timeout(Duration limit) {
            this.timeout = limit;
            return this;
        }

        /** Adds a variable to the child's environment (which otherwise holds only {@code PATH} and {@code LANG}). */
        public Builder environment(String name, String value) {
            environment.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /**
         * Each line of standard output is passed to {@code listener}, on a reader thread, as soon as it is read.
         * The listener must not block; an exception it throws is logged and reading goes on.
         */
        public Builder onStdoutLine(Consumer<String> listener) {
            this.stdoutLineListener = listener;
            return this;
        }

        /** Keeps up to {@code maxChars} characters of standard output in the result (default: none). */
        public Builder captureStdout(int maxChars) {
            if (maxChars < 0) {
                throw new IllegalArgumentException("maxChars must not be negative");
            }
            this.stdoutCaptureLimit = maxChars;
            return this;
        }

        /** How many of the last standard error lines to keep (default {@value #DEFAULT_STDERR_TAIL_LINES}). */
        public Builder stderrTailLines(int lines) {
            if (lines < 1) {
                throw new IllegalArgumentException("lines must be positive");
            }
            this.stderrTailLines = lines;
            return this;
        }

        /**
         * @throws NullPointerException if the working directory or the timeout is missing
         * @throws IllegalArgumentException if the timeout is not positive
         */
        public ToolCommand build() {
            return new ToolCommand(this);
        }
    }
}
