package vn.hoctap.samples.video;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.process.MediaProcessException;
import vn.hoctap.media.process.ToolCommand;
import vn.hoctap.samples.SampleGenerationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts still scenes and a narration together into an MP4 (H.264 through libopenh264, AAC, fast start) with the
 * FFmpeg programs bundled with the media pipeline. Scene {@code i} is shown from just before segment {@code i} is
 * spoken until just before segment {@code i + 1}; the cuts fall on whole frames. Metadata and encoder tags are
 * left out ({@code bitexact}), so the same input gives the same file.
 */
public final class VideoAssembler {

    /** Frames per second of the generated video. */
    public static final int FPS = 25;
    /** How long before its narration a scene appears. */
    static final Duration SCENE_LEAD = Duration.ofMillis(300);

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final FfmpegPrograms ffmpeg;

    public VideoAssembler(FfmpegPrograms ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * @param scenes    one picture per narration segment, same size, in order
     * @param narration the narration the scenes follow
     * @throws SampleGenerationException if the counts differ or ffmpeg fails
     */
    public Path assemble(List<Path> scenes, Narration narration, Path target) {
        if (scenes.size() != narration.spoken().size()) {
            throw new SampleGenerationException(scenes.size() + " scenes for " + narration.spoken().size()
                    + " narration segments");
        }
        long totalFrames = frames(narration.duration());
        List<Long> cuts = new ArrayList<>();
        cuts.add(0L);
        for (int i = 1; i < scenes.size(); i++) {
            cuts.add(frames(narration.spoken().get(i).start().minus(SCENE_LEAD)));
        }
        cuts.add(totalFrames);

        List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-y", "-loglevel", "error"));
        StringBuilder graph = new StringBuilder();
        for (int i = 0; i < scenes.size(); i++) {
            long frames = cuts.get(i + 1) - cuts.get(i);
            args.addAll(List.of("-loop", "1", "-framerate", Integer.toString(FPS), "-t", seconds(frames),
                    "-i", scenes.get(i).toAbsolutePath().toString()));
            graph.append('[').append(i).append(":v]");
        }
        args.addAll(List.of("-i", narration.wav().toAbsolutePath().toString()));
        graph.append("concat=n=").append(scenes.size()).append(":v=1:a=0,format=yuv420p[v]");
        args.addAll(List.of("-filter_complex", graph.toString(),
                "-map", "[v]", "-map", scenes.size() + ":a",
                "-c:v", "libopenh264", "-profile:v", "main", "-rc_mode", "bitrate", "-b:v", "500k",
                "-g", Integer.toString(FPS * 2), "-fps_mode", "cfr", "-r", Integer.toString(FPS),
                "-c:a", "aac", "-b:a", "64k", "-ac", "1", "-ar", "44100",
                "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
                "-threads", "1", "-t", seconds(totalFrames),
                "-movflags", "+faststart", target.toAbsolutePath().toString()));
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            ToolCommand command = ToolCommand.builder(ffmpeg.ffmpeg())
                    .arguments(args)
                    .workingDirectory(target.toAbsolutePath().getParent())
                    .timeout(TIMEOUT)
                    .build();
            ExternalTool.normalPriority().run(command, Cancellation.never());
        } catch (java.io.IOException e) {
            throw new SampleGenerationException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (MediaProcessException e) {
            throw new SampleGenerationException("ffmpeg failed to assemble the video: " + e.getMessage(), e);
        }
        return target;
    }

    private static long frames(Duration time) {
        return Math.max(0, Math.round(time.toNanos() / 1e9 * FPS));
    }

    private static String seconds(long frames) {
        return String.format(Locale.ROOT, "%.3f", frames / (double) FPS);
    }
}
