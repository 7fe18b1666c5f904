package vn.hoctap.media.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.bytedeco.javacpp.Loader;

/**
 * Where the {@code ffmpeg} and {@code ffprobe} programs are. {@link #bundled()} uses the programs shipped in
 * JavaCPP's {@code org.bytedeco:ffmpeg} jar for this platform (FFmpeg 7.1, LGPL build: H.264 through libopenh264,
 * AAC through FFmpeg's own encoder).
 *
 * <p>How the bundled programs are found: JavaCPP extracts the jar's platform folder (programs and FFmpeg's shared
 * libraries side by side) into its cache directory ({@code ~/.javacpp/cache} unless the system property
 * {@code org.bytedeco.javacpp.cachedir} says otherwise), and the programs are marked executable. The programs find
 * their libraries through their run path {@code $ORIGIN/}, so no {@code LD_LIBRARY_PATH} is needed; the other
 * libraries they need (libva, libdrm, libxcb, libpulse, ...) come from the operating system. This class extracts
 * with {@link Loader#cacheResources(Class, String)} rather than {@code Loader.load(ffmpeg.class)}: both extract
 * the same files, but {@code load} also maps every FFmpeg library into the JVM, which the server does not need.
 * If that extraction yields no program, {@code Loader.load} is tried.
 *
 * <p>Immutable and thread safe.
 */
public final class FfmpegPrograms {

    private static final Duration VERSION_CHECK_TIMEOUT = Duration.ofSeconds(30);
    private static FfmpegPrograms bundled;

    private final Path ffmpeg;
    private final Path ffprobe;

    private FfmpegPrograms(Path ffmpeg, Path ffprobe) {
        this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg");
        this.ffprobe = Objects.requireNonNull(ffprobe, "ffprobe");
    }

    /** Programs at the given paths (for example a system FFmpeg), not checked. */
    public static FfmpegPrograms at(Path ffmpeg, Path ffprobe) {
        return new FfmpegPrograms(ffmpeg, ffprobe);
    }

    /**
     * The programs bundled with JavaCPP, extracted on the first call (about half a second) and checked by running
     * {@code ffmpeg -version}; later calls return the same instance. A failed attempt is not remembered: the next
     * call tries again.
     *
     * @throws ToolUnavailableException if this platform has no bundled programs, the cache directory cannot be
     *                                  written, or ffmpeg does not run (the message then holds its error, e.g. a
     *                                  missing shared library)
     */
    public static synchronized FfmpegPrograms bundled() {
        if (bundled == null) {
            Path directory = extractedDirectory();
            FfmpegPrograms programs = new FfmpegPrograms(
                    executable(directory.resolve("ffmpeg")), executable(directory.resolve("ffprobe")));
            programs.checkRuns();
            bundled = programs;
        }
        return bundled;
    }

    public Path ffmpeg() {
        return ffmpeg;
    }

    public Path ffprobe() {
        return ffprobe;
    }

    private static Path extractedDirectory() {
        String platform = Loader.getPlatform();
        try {
            File[] extracted = Loader.cacheResources(org.bytedeco.ffmpeg.ffmpeg.class, platform);
            for (File candidate : extracted) {
                if (new File(candidate, "ffmpeg").isFile() && new File(candidate, "ffprobe").isFile()) {
                    return candidate.toPath();
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through to Loader.load, which reports its own failure
        }
        try {
            String path = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
            if (path == null) {
                throw new ToolUnavailableException("JavaCPP has no ffmpeg program for platform " + platform);
            }
            return Path.of(path).getParent();
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            if (e instanceof ToolUnavailableException unavailable) {
                throw unavailable;
            }
            throw new ToolUnavailableException("cannot extract the bundled ffmpeg for platform " + platform
                    + ": " + e.getMessage(), e);
        }
    }

    private static Path executable(Path program) {
        if (!Files.isRegularFile(program)) {
            throw new ToolUnavailableException("bundled program missing: " + program);
        }
        if (!Files.isExecutable(program) && !program.toFile().setExecutable(true, true)) {
            throw new ToolUnavailableException("cannot make " + program + " executable");
        }
        return program;
    }

    private void checkRuns() {
        ToolCommand version = ToolCommand.builder(ffmpeg)
                .arguments("-hide_banner", "-version")
                .workingDirectory(ffmpeg.getParent())
                .timeout(VERSION_CHECK_TIMEOUT)
                .build();
        try {
            ExternalTool.normalPriority().run(version, Cancellation.never());
        } catch (ToolFailedException | ToolTimeoutException e) {
            throw new ToolUnavailableException("the bundled ffmpeg does not run: " + e.getMessage(), e);
        }
    }
}
