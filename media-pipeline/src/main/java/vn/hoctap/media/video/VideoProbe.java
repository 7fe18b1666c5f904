package vn.hoctap.media.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.process.MediaIoException;
import vn.hoctap.media.process.ToolCommand;
import vn.hoctap.media.process.ToolFailedException;
import vn.hoctap.media.process.ToolResult;
import vn.hoctap.media.process.UnsupportedMediaException;
import vn.hoctap.media.process.UnsupportedMediaException.Reason;

/**
 * Describes an audio or video file by running {@code ffprobe -print_format json -show_format -show_streams} as a
 * child process, and refuses files the pipeline must not process. Only the demuxers and protocols of {@link
 * AcceptedFormats} are allowed, so a playlist or an image sequence disguised as a video is refused unread.
 *
 * <p>Thread safe; one instance may serve all threads.
 */
public final class VideoProbe {

    /** ffprobe's JSON for a file with a handful of streams is a few kilobytes; more means something odd. */
    private static final int MAX_JSON_CHARS = 4 * 1024 * 1024;
    private static final double VARIABLE_RATE_TOLERANCE = 0.02;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FfmpegPrograms programs;
    private final ExternalTool tool;
    private final ProbeLimits limits;

    public VideoProbe(FfmpegPrograms programs, ExternalTool tool, ProbeLimits limits) {
        this.programs = Objects.requireNonNull(programs, "programs");
        this.tool = Objects.requireNonNull(tool, "tool");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public ProbeLimits limits() {
        return limits;
    }

    /**
     * Probes a local file. Does not modify it.
     *
     * @param file         a readable regular file
     * @param cancellation kills ffprobe when cancelled
     * @return the description of the first video stream (cover art excluded) and the first audio stream
     * @throws IllegalArgumentException  if {@code file} is not a readable regular file (a caller's mistake, not
     *                                   bad media)
     * @throws UnsupportedMediaException (permanent) if the file is empty, not in an accepted format, damaged,
     *                                   without audio and video, in a codec FFmpeg cannot decode, has a picture
     *                                   beyond {@link ProbeLimits}, or an unknown, zero or excessive duration
     * @throws vn.hoctap.media.process.ToolFailedException  if ffprobe crashed (transient)
     * @throws vn.hoctap.media.process.ToolTimeoutException if ffprobe took longer than the probe timeout
     * @throws vn.hoctap.media.process.ToolCancelledException if cancelled
     */
    public MediaInfo probe(Path file, Cancellation cancellation) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute) || !Files.isReadable(absolute)) {
            throw new IllegalArgumentException("not a readable regular file: " + absolute);
        }
        long size;
        try {
            size = Files.size(absolute);
        } catch (IOException e) {
            throw new MediaIoException("cannot read the size of " + absolute, e);
        }
        if (size == 0) {
            throw new UnsupportedMediaException(Reason.EMPTY_FILE, "The file is empty.");
        }
        ToolCommand command = ToolCommand.builder(programs.ffprobe())
                .arguments("-hide_banner", "-v", "error",
                        "-format_whitelist", AcceptedFormats.DEMUXERS,
                        "-protocol_whitelist", AcceptedFormats.PROTOCOLS,
                        "-print_format", "json", "-show_format", "-show_streams",
                        AcceptedFormats.input(absolute))
                .workingDirectory(absolute.getParent())
                .timeout(limits.probeTimeout())
                .captureStdout(MAX_JSON_CHARS)
                .build();
        ToolResult result;
        try {
            result = tool.run(command, cancellation);
        } catch (ToolFailedException e) {
            if (e.exitCode() == 1) {
                throw new UnsupportedMediaException(Reason.UNREADABLE, "The file is not a readable audio or video file"
                        + describe(e.stderrTail(), absolute) + ".");
            }
            throw e;
        }
        if (result.stdoutTruncated()) {
            throw new UnsupportedMediaException(Reason.UNREADABLE, "The file has an unusually complex structure.");
        }
        return parse(result.stdout(), size, limits);
    }

    /** The last error line of ffprobe without the server's path of the file. */
    private static String describe(List<String> stderrTail, Path file) {
        if (stderrTail.isEmpty()) {
            return "";
        }
        String last = stderrTail.get(stderrTail.size() - 1)
                .replace(AcceptedFormats.input(file), file.getFileName().toString())
                .replace(file.toString(), file.getFileName().toString());
        return " (" + last + ")";
    }

    /**
     * Builds a {@link MediaInfo} from ffprobe's JSON and applies the limits. Package-private for tests that feed
     * hand-written JSON.
     *
     * @throws UnsupportedMediaException as {@link #probe}
     */
    static MediaInfo parse(String json, long sizeBytes, ProbeLimits limits) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnsupportedMediaException(Reason.UNREADABLE, "The file could not be described.");
        }
        JsonNode format = root.path("format");
        JsonNode streams = root.path("streams");
        Optional<JsonNode> videoNode = first(streams, "video");
        Optional<JsonNode> audioNode = first(streams, "audio");
        if (videoNode.isEmpty() && audioNode.isEmpty()) {
            throw new UnsupportedMediaException(Reason.NO_MEDIA_STREAMS, "The file has neither video nor sound.");
        }
        Duration duration = duration(format, streams);
        if (duration.compareTo(limits.maxDuration()) > 0) {
            throw new UnsupportedMediaException(Reason.TOO_LONG, "The file lasts " + duration.toMinutes()
                    + " minutes; at most " + limits.maxDuration().toMinutes() + " minutes are accepted.");
        }
        Optional<VideoStreamInfo> video = videoNode.map(v -> video(v, duration, limits));
        Optional<AudioStreamInfo> audio = audioNode.map(VideoProbe::audio);
        return new MediaInfo(duration, format.path("format_name").asText("unknown"),
                format.path("bit_rate").asLong(0), sizeBytes, video, audio);
    }

    private static Optional<JsonNode> first(JsonNode streams, String type) {
        for (JsonNode stream : streams) {
            boolean coverArt = stream.path("disposition").path("attached_pic").asInt(0) == 1;
            if (type.equals(stream.path("codec_type").asText()) && !coverArt) {
                return Optional.of(stream);
            }
        }
        return Optional.empty();
    }

    private static Duration duration(JsonNode format, JsonNode streams) {
        OptionalDouble seconds = seconds(format.path("duration"));
        if (seconds.isEmpty()) {
            double longest = -1;
            for (JsonNode stream : streams) {
                longest = Math.max(longest, seconds(stream.path("duration")).orElse(-1));
            }
            seconds = longest > 0 ? OptionalDouble.of(longest) : OptionalDouble.empty();
        }
        if (seconds.isEmpty() || seconds.getAsDouble() <= 0) {
            throw new UnsupportedMediaException(Reason.UNKNOWN_DURATION, "The duration of the file is unknown.");
        }
        return Duration.ofNanos(Math.round(seconds.getAsDouble() * 1e9));
    }

    private static OptionalDouble seconds(JsonNode value) {
        try {
            double s = Double.parseDouble(value.asText(""));
            return Double.isFinite(s) && s > 0 ? OptionalDouble.of(s) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static VideoStreamInfo video(JsonNode v, Duration containerDuration, ProbeLimits limits) {
        String codec = codec(v, "video");
        int codedWidth = v.path("width").asInt(0);
        int codedHeight = v.path("height").asInt(0);
        if (codedWidth <= 0 || codedHeight <= 0) {
            throw new UnsupportedMediaException(Reason.DIMENSIONS_TOO_SMALL, "The video has no picture size.");
        }
        checkSize(codedWidth, codedHeight, limits);
        int displayWidth = applySampleAspectRatio(codedWidth, v.path("sample_aspect_ratio").asText(""));
        int rotation = rotation(v);
        boolean swap = rotation == 90 || rotation == 270;
        int width = swap ? codedHeight : displayWidth;
        int height = swap ? displayWidth : codedHeight;
        checkSize(width, height, limits);

        Optional<FrameRate> average = FrameRate.parse(v.path("avg_frame_rate").asText(null));
        Optional<FrameRate> real = FrameRate.parse(v.path("r_frame_rate").asText(null));
        FrameRate rate = average.or(() -> real).orElse(FrameRate.of(30));
        boolean variable = average.isEmpty() && real.isEmpty()
                || average.isPresent() && real.isPresent()
                && Math.abs(real.get().fps() - average.get().fps()) > VARIABLE_RATE_TOLERANCE * real.get().fps();
        String fieldOrder = v.path("field_order").asText("");
        boolean interlaced = List.of("tt", "bb", "tb", "bt").contains(fieldOrder);
        OptionalDouble streamSeconds = seconds(v.path("duration"));
        Duration duration = streamSeconds.isPresent()
                ? Duration.ofNanos(Math.round(streamSeconds.getAsDouble() * 1e9)) : containerDuration;
        return new VideoStreamInfo(v.path("index").asInt(), codec, codedWidth, codedHeight, rotation, width, height,
                rate, variable, interlaced, v.path("bit_rate").asLong(0), duration);
    }

    private static AudioStreamInfo audio(JsonNode a) {
        return new AudioStreamInfo(a.path("index").asInt(), codec(a, "audio"), Math.max(1, a.path("channels").asInt(1)),
                a.path("sample_rate").asInt(0), a.path("bit_rate").asLong(0));
    }

    private static String codec(JsonNode stream, String type) {
        String codec = stream.path("codec_name").asText("");
        if (codec.isEmpty() || "none".equals(codec)) {
            throw new UnsupportedMediaException(Reason.UNSUPPORTED_CODEC,
                    "The " + type + " of the file is in a format that cannot be decoded.");
        }
        return codec;
    }

    private static void checkSize(int width, int height, ProbeLimits limits) {
        if (width > limits.maxSide() || height > limits.maxSide() || (long) width * height > limits.maxPixels()) {
            throw new UnsupportedMediaException(Reason.DIMENSIONS_TOO_LARGE, "The picture is " + width + "×" + height
                    + " pixels; at most " + limits.maxSide() + " pixels a side and "
                    + limits.maxPixels() / 1_000_000 + " megapixels are accepted.");
        }
        if (width < limits.minSide() || height < limits.minSide()) {
            throw new UnsupportedMediaException(Reason.DIMENSIONS_TOO_SMALL, "The picture is " + width + "×" + height
                    + " pixels; at least " + limits.minSide() + " pixels a side are needed.");
        }
    }

    /** Width as displayed when pixels are not square ({@code 16:15} and the like); unknown ratios count as 1:1. */
    private static int applySampleAspectRatio(int width, String sar) {
        Optional<FrameRate> ratio = FrameRate.parse(sar.replace(':', '/'));
        if (ratio.isEmpty() || ratio.get().numerator() == ratio.get().denominator()) {
            return width;
        }
        return (int) Math.max(1, Math.round(width * ratio.get().fps()));
    }

    /** The display rotation in whole quarter turns, normalised to 0..270. */
    private static int rotation(JsonNode v) {
        double degrees = 0;
        boolean found = false;
        for (JsonNode sideData : v.path("side_data_list")) {
            if (sideData.has("rotation")) {
                degrees = sideData.path("rotation").asDouble(0);
                found = true;
                break;
            }
        }
        if (!found) {
            degrees = v.path("tags").path("rotate").asDouble(0);
        }
        long quarterTurns = Math.round(degrees / 90.0);
        return (int) (((quarterTurns % 4) + 4) % 4) * 90;
    }
}
