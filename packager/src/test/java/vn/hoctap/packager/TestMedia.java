package vn.hoctap.packager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import vn.hoctap.media.process.FfmpegPrograms;

/** Real media made at test time with the media pipeline's bundled FFmpeg (test pattern video, sine tone). */
public final class TestMedia {

    private TestMedia() {
    }

    private static FfmpegPrograms ffmpeg() {
        try {
            return FfmpegPrograms.bundled();
        } catch (RuntimeException e) {
            Assumptions.abort("the bundled FFmpeg does not run here: " + e.getMessage());
            return null;
        }
    }

    /** An H.264/AAC MP4 of a test pattern: {@code width}x{@code height}, {@code seconds} long. */
    public static void video(Path file, int width, int height, int fps, int videoKbps, int audioKbps, int seconds) {
        run(file, List.of("-f", "lavfi", "-i", "testsrc=size=" + width + "x" + height + ":rate=" + fps,
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=22050",
                "-t", Integer.toString(seconds), "-c:v", "libopenh264", "-profile:v", "main", "-rc_mode", "bitrate",
                "-b:v", videoKbps + "k", "-maxrate", (videoKbps * 3 / 2) + "k", "-g", Integer.toString(fps * 4),
                "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", audioKbps + "k", "-ac", "1", "-movflags", "+faststart"));
    }

    /**
     * An MP4 as the lowest rung of the media pipeline's ladder, at its bit rates: 416x234, 15 fps, H.264 at
     * {@code videoKbps}, mono AAC at {@code audioKbps}; a noisy test pattern so that the encoder spends the whole
     * bit rate (a worst case for the size budget).
     */
    public static void lowestRung(Path file, int videoKbps, int audioKbps, int seconds) {
        run(file, List.of("-f", "lavfi", "-i", "testsrc2=size=416x234:rate=15",
                "-f", "lavfi", "-i", "sine=frequency=330:sample_rate=44100", "-t", Integer.toString(seconds),
                "-vf", "noise=alls=12:allf=t", "-c:v", "libopenh264", "-profile:v", "main", "-rc_mode", "bitrate",
                "-b:v", videoKbps + "k", "-maxrate", (videoKbps * 3 / 2) + "k", "-g", "30", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", audioKbps + "k", "-ac", "1", "-movflags", "+faststart"));
    }

    /** AAC audio in MP4 ({@code .m4a}), mono, {@code seconds} long. */
    public static void audio(Path file, int kbps, int seconds) {
        run(file, List.of("-f", "lavfi", "-i", "sine=frequency=330:sample_rate=22050", "-t", Integer.toString(seconds),
                "-c:a", "aac", "-b:a", kbps + "k", "-ac", "1", "-movflags", "+faststart"));
    }

    private static void run(Path file, List<String> arguments) {
        try {
            Files.createDirectories(file.getParent());
            List<String> command = new ArrayList<>();
            command.add(ffmpeg().ffmpeg().toString());
            command.addAll(List.of("-hide_banner", "-loglevel", "error", "-y"));
            command.addAll(arguments);
            command.add(file.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
