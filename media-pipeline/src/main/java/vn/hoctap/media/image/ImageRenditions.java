package vn.hoctap.media.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

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
 * Turns an uploaded raster image into three renditions: {@code large} (at most {@value #LARGE_WIDTH} px wide),
 * {@code small} (at most {@value #SMALL_WIDTH} px wide) and {@code thumbnail} (at most {@value #THUMBNAIL_SIDE} px
 * a side). Nothing is upscaled. The EXIF orientation of a JPEG is applied (FFmpeg's automatic rotation), all
 * metadata (EXIF, GPS position) is dropped, an animated GIF gives its first frame.
 *
 * <p>How: (1) the declared width and height are read from the file's header without decoding it, by the JDK's
 * ImageIO readers (PNG, JPEG, GIF, BMP, TIFF) or else by {@code ffprobe} (WebP, AVIF); a picture above the
 * megapixel limit, or whose size FFmpeg itself calls invalid, is refused as a decompression bomb before anything
 * is decoded; (2) one {@code ffmpeg} child process decodes the picture once and writes the three renditions.
 * Renditions are JPEG (quality scale 3) unless the source has an alpha channel or a palette (GIF, palette PNG),
 * which are written as PNG so that transparency and flat graphics survive. Only the image demuxers of {@link
 * #DEMUXERS} and the {@code file} protocol are allowed; ffmpeg is told the demuxer that ffprobe found, and the
 * {@code image2} demuxer (chosen for a {@code .jpg} name) never expands a name into a numbered sequence.
 *
 * <p>Thread safe.
 */
public final class ImageRenditions {

    public static final int LARGE_WIDTH = 1280;
    public static final int SMALL_WIDTH = 480;
    public static final int THUMBNAIL_SIDE = 160;
    /** The default largest picture: 50 megapixels (a 48 MP phone photo passes; it decodes to about 200 MB). */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    /** The FFmpeg demuxers allowed to read an image ({@code mov} reads AVIF and HEIF). */
    static final String DEMUXERS = "image2,png_pipe,jpeg_pipe,gif,gif_pipe,webp_pipe,bmp_pipe,tiff_pipe,mov";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<FfmpegPrograms> programs;
    private final ExternalTool tool;
    private final long maxPixels;

    /**
     * @param programs  where ffmpeg and ffprobe are; asked for on the first image (so a server without images never
     *                  extracts FFmpeg for them)
     * @param tool      runs the child processes
     * @param maxPixels the largest picture accepted, width × height
     */
    public ImageRenditions(Supplier<FfmpegPrograms> programs, ExternalTool tool, long maxPixels) {
        this.programs = Objects.requireNonNull(programs, "programs");
        this.tool = Objects.requireNonNull(tool, "tool");
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive");
        }
        this.maxPixels = maxPixels;
    }

    /** With the bundled FFmpeg at low priority and the default limit of 50 megapixels. */
    public static ImageRenditions withBundledFfmpeg() {
        return new ImageRenditions(FfmpegPrograms::bundled, ExternalTool.lowPriority(), DEFAULT_MAX_PIXELS);
    }

    /**
     * Writes the renditions of {@code original} into {@code outputDirectory} (created if needed).
     *
     * @throws UnsupportedMediaException (permanent) if the file is not a readable image, its size cannot be read,
     *                                   or it has more pixels than allowed
     * @throws vn.hoctap.media.process.ToolFailedException  if FFmpeg crashed (transient)
     * @throws vn.hoctap.media.process.ToolTimeoutException if FFmpeg took longer than two minutes
     * @throws vn.hoctap.media.process.ToolCancelledException if cancelled
     * @throws MediaIoException          if the files cannot be read or written
     */
    public RenderedImage render(Path original, Path outputDirectory, Cancellation cancellation) {
        Path source = original.toAbsolutePath();
        Optional<int[]> declared = declaredSize(source);
        declared.ifPresent(size -> checkPixels(size[0], size[1]));
        JsonNode probed = probe(source, cancellation);
        JsonNode stream = probed.path("streams").get(0);
        String demuxer = probed.path("format").path("format_name").asText("");
        if (!List.of(DEMUXERS.split(",")).contains(demuxer) && !demuxer.startsWith("mov,")) {
            throw new UnsupportedMediaException(Reason.UNREADABLE, "The file is not an image in an accepted format.");
        }
        List<String> input = demuxer.equals("image2")
                ? List.of("-f", "image2", "-pattern_type", "none") : List.of("-f", demuxer.split(",")[0]);
        int width = stream.path("width").asInt(0);
        int height = stream.path("height").asInt(0);
        if (width <= 0 || height <= 0) {
            throw new UnsupportedMediaException(Reason.DIMENSIONS_TOO_LARGE, "The picture's size cannot be read or is"
                    + " beyond what can be decoded; at most " + maxPixels / 1_000_000 + " megapixels are accepted.");
        }
        checkPixels(width, height);
        String pixelFormat = stream.path("pix_fmt").asText("");
        boolean alpha = hasAlpha(pixelFormat);
        String extension = alpha ? "png" : "jpg";
        try {
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new MediaIoException("cannot create " + outputDirectory, e);
        }
        Path large = outputDirectory.resolve("large." + extension).toAbsolutePath();
        Path small = outputDirectory.resolve("small." + extension).toAbsolutePath();
        Path thumbnail = outputDirectory.resolve("thumbnail." + extension).toAbsolutePath();
        String format = alpha ? "rgba" : "yuvj420p";
        String graph = "[0:v:0]split=3[l][s][t];"
                + "[l]scale=w='min(" + LARGE_WIDTH + ",iw)':h=-1:flags=lanczos,format=" + format + "[lo];"
                + "[s]scale=w='min(" + SMALL_WIDTH + ",iw)':h=-1:flags=lanczos,format=" + format + "[so];"
                + "[t]scale=w='min(" + THUMBNAIL_SIDE + ",iw)':h='min(" + THUMBNAIL_SIDE + ",ih)'"
                + ":force_original_aspect_ratio=decrease:flags=lanczos,format=" + format + "[to]";
        List<String> arguments = new java.util.ArrayList<>(List.of("-hide_banner", "-nostdin", "-v", "error", "-y",
                "-format_whitelist", DEMUXERS, "-protocol_whitelist", "file"));
        arguments.addAll(input);
        ToolCommand command = ToolCommand.builder(programs.get().ffmpeg())
                .arguments(concat(arguments, List.of("-i", "file:" + source, "-filter_complex", graph,
                        "-map", "[lo]", "-frames:v", "1", "-map_metadata", "-1", "-q:v", "3", "-update", "1",
                        "file:" + large,
                        "-map", "[so]", "-frames:v", "1", "-map_metadata", "-1", "-q:v", "3", "-update", "1",
                        "file:" + small,
                        "-map", "[to]", "-frames:v", "1", "-map_metadata", "-1", "-q:v", "3", "-update", "1",
                        "file:" + thumbnail)))
                .workingDirectory(outputDirectory.toAbsolutePath())
                .timeout(TIMEOUT)
                .build();
        try {
            tool.run(command, cancellation);
        } catch (ToolFailedException e) {
            if (e.exitCode() == 1 || e.exitCode() == 234) { // FFmpeg's exit codes for bad input (not a crash)
                throw new UnsupportedMediaException(Reason.UNREADABLE, "The picture could not be decoded"
                        + describe(e.stderrTail(), source) + ".");
            }
            throw e;
        }
        String mediaType = alpha ? "image/png" : "image/jpeg";
        return new RenderedImage(stream.path("codec_name").asText("unknown"), width, height, alpha, List.of(
                written("large", large, mediaType), written("small", small, mediaType),
                written("thumbnail", thumbnail, mediaType)));
    }

    private void checkPixels(int width, int height) {
        if ((long) width * height > maxPixels) {
            throw new UnsupportedMediaException(Reason.DIMENSIONS_TOO_LARGE, "The picture is " + width + "×" + height
                    + " pixels; at most " + maxPixels / 1_000_000 + " megapixels are accepted.");
        }
    }

    /** Width and height from the header by an ImageIO reader, without decoding; empty when no reader knows it. */
    static Optional<int[]> declaredSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged header: ffprobe has the last word
        }
    }

    private JsonNode probe(Path source, Cancellation cancellation) {
        ToolCommand command = ToolCommand.builder(programs.get().ffprobe())
                .arguments("-hide_banner", "-v", "error", "-format_whitelist", DEMUXERS, "-protocol_whitelist", "file",
                        "-pattern_type", "none", "-select_streams", "v:0",
                        "-show_entries", "stream=codec_name,width,height,pix_fmt:format=format_name",
                        "-print_format", "json", "file:" + source)
                .workingDirectory(source.getParent())
                .timeout(TIMEOUT)
                .captureStdout(64 * 1024)
                .build();
        ToolResult result;
        try {
            result = tool.run(command, cancellation);
        } catch (ToolFailedException e) {
            if (e.exitCode() == 1) {
                throw new UnsupportedMediaException(Reason.UNREADABLE, "The file is not a readable image"
                        + describe(e.stderrTail(), source) + ".");
            }
            throw e;
        }
        JsonNode root;
        try {
            root = JSON.readTree(result.stdout());
        } catch (JsonProcessingException e) {
            throw new UnsupportedMediaException(Reason.UNREADABLE, "The image could not be described.");
        }
        if (root.path("streams").isEmpty()) {
            throw new UnsupportedMediaException(Reason.NO_MEDIA_STREAMS, "The file holds no picture.");
        }
        return root;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Pixel formats with an alpha channel, and palettes (which may carry transparency). */
    static boolean hasAlpha(String pixelFormat) {
        return pixelFormat.equals("pal8") || pixelFormat.startsWith("ya") || pixelFormat.startsWith("yuva")
                || pixelFormat.startsWith("rgba") || pixelFormat.startsWith("bgra") || pixelFormat.startsWith("argb")
                || pixelFormat.startsWith("abgr") || pixelFormat.startsWith("gbrap");
    }

    private static ImageRendition written(String role, Path file, String mediaType) {
        Optional<int[]> size = Files.isRegularFile(file) ? declaredSize(file) : Optional.empty();
        if (size.isEmpty()) {
            throw new UnsupportedMediaException(Reason.UNREADABLE, "The picture could not be decoded (no "
                    + role + " image was written).");
        }
        return new ImageRendition(role, file, mediaType, size.get()[0], size.get()[1]);
    }

    /** The last error line of FFmpeg without the server's path of the file. */
    private static String describe(List<String> stderrTail, Path file) {
        if (stderrTail.isEmpty()) {
            return "";
        }
        String last = stderrTail.get(stderrTail.size() - 1).replace("file:" + file, file.getFileName().toString())
                .replace(file.toString(), file.getFileName().toString());
        return " (" + last + ")";
    }
}
