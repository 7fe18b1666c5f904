package vn.hoctap.packager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.process.ProgressListener;
import vn.hoctap.media.video.HlsTranscoder;
import vn.hoctap.media.video.LadderSettings;
import vn.hoctap.media.video.ProbeLimits;
import vn.hoctap.media.video.TranscodeResult;
import vn.hoctap.media.video.VideoProbe;

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
     * What the media pipeline makes of a video: a source drawn by {@code lavfi} ({@code testsrc2} at {@code size},
     * 30 fps, with FFmpeg's temporal {@code noise} of strength {@code noise} if positive, a worst case for the
     * encoders' rate control; pink noise as sound), {@code seconds} long, transcoded by the pipeline's own
     * {@link HlsTranscoder} with its default ladder into {@code out} (which must not exist or be empty).
     */
    public static TranscodeResult pipelineRenditions(Path out, String size, int noise, int seconds) {
        FfmpegPrograms programs = ffmpeg();
        Path source = out.resolveSibling(out.getFileName() + "-source.mp4");
        String video = "testsrc2=size=" + size + ":rate=30" + (noise > 0 ? ",noise=alls=" + noise + ":allf=t+u" : "");
        run(source, List.of("-f", "lavfi", "-i", video, "-f", "lavfi", "-i", "anoisesrc=c=pink:r=48000:a=0.3",
                "-t", Integer.toString(seconds), "-c:v", "libopenh264", "-b:v", "6M", "-c:a", "aac", "-b:a", "128k"));
        ExternalTool tool = ExternalTool.lowPriority();
        HlsTranscoder transcoder = new HlsTranscoder(new VideoProbe(programs, tool, ProbeLimits.defaults()), programs,
                tool, LadderSettings.defaults());
        return transcoder.transcode(source, out, ProgressListener.NONE, Cancellation.never());
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
