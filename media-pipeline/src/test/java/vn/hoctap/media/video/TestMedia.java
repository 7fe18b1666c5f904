package vn.hoctap.media.video;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.process.ToolCommand;

/**
 * Makes small test inputs with ffmpeg's lavfi sources (once per test JVM, shared by the test classes) and reads
 * outputs back with ffprobe.
 */
final class TestMedia {

    static final FfmpegPrograms PROGRAMS = FfmpegPrograms.bundled();
    static final ExternalTool TOOL = ExternalTool.lowPriority();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Path> MADE = new ConcurrentHashMap<>();
    private static final Path DIR = createDirectory();

    private TestMedia() {
    }

    /** 1280×720, 30 fps, 6 s, H.264 + AAC stereo in MP4. */
    static Path landscape720() {
        return make("landscape720.mp4", "-f", "lavfi", "-i", "testsrc2=s=1280x720:r=30:d=6",
                "-f", "lavfi", "-i", "sine=f=440:d=6", "-ac", "2", "-c:v", "libopenh264", "-b:v", "3M",
                "-c:a", "aac", "-shortest");
    }

    /** 640×360, 30 fps, 4 s, with sound. */
    static Path landscape360() {
        return make("landscape360.mp4", "-f", "lavfi", "-i", "testsrc2=s=640x360:r=30:d=4",
                "-f", "lavfi", "-i", "sine=f=440:d=4", "-c:v", "libopenh264", "-b:v", "1M", "-c:a", "aac",
                "-shortest");
    }

    /** 720×1280 (portrait stored upright), 30 fps, 4 s, with sound. */
    static Path portrait720() {
        return make("portrait720.mp4", "-f", "lavfi", "-i", "testsrc2=s=720x1280:r=30:d=4",
                "-f", "lavfi", "-i", "sine=f=440:d=4", "-c:v", "libopenh264", "-b:v", "2M", "-c:a", "aac",
                "-shortest");
    }

    /** A phone-style clip: 640×360 stored, display matrix rotated by 90°, so shown as 360×640; 4 s, with sound. */
    static Path rotatedPhoneClip() {
        Path stored = landscape360();
        return make("rotated.mp4", "-display_rotation", "90", "-i", stored.toString(), "-c", "copy");
    }

    /** 641×359 (odd both ways) VP8 + Opus in WebM, 30 fps, 4 s. */
    static Path oddWebm() {
        return make("odd.webm", "-f", "lavfi", "-i", "testsrc=s=641x359:r=30:d=4",
                "-f", "lavfi", "-i", "sine=f=440:d=4", "-c:v", "libvpx", "-deadline", "realtime",
                "-cpu-used", "8", "-b:v", "1M", "-c:a", "libopus", "-shortest");
    }

    /**
     * A worst case for the lowest rung's size: 60 s of a moving test pattern at 854×480, 30 fps, covered in strong
     * temporal noise (FFmpeg's {@code noise=alls=40:allf=t+u}, kept by a 6 Mb/s encode), with pink noise as sound.
     */
    static Path noisyMinute() {
        return make("noisy-minute.mp4", "-f", "lavfi", "-i", "testsrc2=s=854x480:r=30:d=60,noise=alls=40:allf=t+u",
                "-f", "lavfi", "-i", "anoisesrc=d=60:c=pink:r=48000:a=0.3", "-c:v", "libopenh264", "-b:v", "6M",
                "-c:a", "aac", "-b:a", "128k", "-shortest");
    }

    /**
     * Harder still: the same minute already at the lowest rung's size (416×234), so that no downscaling averages
     * the grain away ({@code noise=alls=30}).
     */
    static Path grainySmallMinute() {
        return make("grainy-small-minute.mp4", "-f", "lavfi", "-i",
                "testsrc2=s=416x234:r=30:d=60,noise=alls=30:allf=t+u",
                "-f", "lavfi", "-i", "anoisesrc=d=60:c=pink:r=48000:a=0.3", "-c:v", "libopenh264", "-b:v", "4M",
                "-c:a", "aac", "-b:a", "128k", "-shortest");
    }

    /** 320×180 (smaller than the smallest rung), 25 fps, 13 s, no sound. */
    static Path smallSilent() {
        return make("small-silent.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=13",
                "-c:v", "libopenh264", "-b:v", "300k");
    }

    /** Sound only: a 4 s tone in MP3, mono. */
    static Path toneMp3() {
        return make("tone.mp3", "-f", "lavfi", "-i", "sine=f=300:d=4", "-c:a", "libmp3lame", "-b:a", "64k");
    }

    /** Sound only: a 4 s stereo tone in M4A. */
    static Path toneM4a() {
        return make("tone.m4a", "-f", "lavfi", "-i", "sine=f=300:d=4", "-ac", "2", "-c:a", "aac");
    }

    /** A 4 s mono MP3 with cover art (an MJPEG "video" stream marked attached_pic), as music files have. */
    static Path toneWithCoverArt() {
        Path tone = toneMp3();
        return make("cover.mp3", "-i", tone.toString(), "-f", "lavfi", "-i", "color=s=64x64:d=0.04",
                "-map", "0", "-map", "1", "-c:a", "copy", "-c:v", "mjpeg", "-frames:v", "1",
                "-disposition:v", "attached_pic");
    }

    /** Variable frame rate: 30 fps for 2 s, then every third frame (10 fps) to 5 s; 320×180, no sound. */
    static Path variableFrameRate() {
        return make("vfr.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=5,select='lt(t\\,2)+not(mod(n\\,3))'",
                "-fps_mode", "passthrough", "-c:v", "libopenh264", "-b:v", "300k");
    }

    /** PAL camcorder style: 720×576 interlaced (top field first) MPEG-2 in MPEG-TS, 4:3 (pixels 16:15), 25 fps, 3 s. */
    static Path interlacedPal() {
        return make("interlaced.ts", "-f", "lavfi", "-i", "testsrc2=s=720x576:r=25:d=3", "-f", "lavfi", "-i",
                "sine=d=3", "-vf", "setfield=tff", "-c:v", "mpeg2video", "-flags", "+ilme+ildct", "-top", "1",
                "-aspect", "4:3", "-b:v", "3M", "-c:a", "mp2", "-shortest");
    }

    /** A picture 8200 px wide (above the 8192 limit), one MJPEG frame in Matroska: a cheap "huge" header. */
    static Path tooWide() {
        return make("too-wide.mkv", "-f", "lavfi", "-i", "color=s=8200x16:r=1:d=1", "-c:v", "mjpeg");
    }

    /** 7000×6000 = 42 megapixels (above 40), each side within 8192: one MJPEG frame. */
    static Path tooManyPixels() {
        return make("too-many-pixels.mkv", "-f", "lavfi", "-i", "color=s=7000x6000:r=1:d=1", "-frames:v", "1",
                "-c:v", "mjpeg");
    }

    /** An empty file named like a video. */
    static Path zeroBytes() {
        return write("zero.mp4", new byte[0]);
    }

    /** The first half of an MP4 whose index ({@code moov}) is at the end: the index is lost. */
    static Path truncated() {
        try {
            byte[] whole = Files.readAllBytes(landscape360());
            byte[] half = new byte[whole.length / 2];
            System.arraycopy(whole, 0, half, 0, half.length);
            return write("truncated.mp4", half);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 64 KiB of pseudo-random bytes named like a video. */
    static Path randomBytes() {
        byte[] bytes = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(bytes);
        return write("random.mp4", bytes);
    }

    /** A text file renamed to .mp4. */
    static Path textAsMp4() {
        return write("text.mp4", "Bài 1: Giới thiệu\nThis is not a video.\n".repeat(50)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An HLS playlist named .mp4 that points at a local file: must be refused, never followed. */
    static Path playlistAsMp4() {
        return write("playlist.mp4", ("#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:4,\n" + landscape360()
                + "\n#EXT-X-ENDLIST\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Runs ffprobe with JSON output on a file and returns the parsed result. */
    static JsonNode ffprobe(Path file, String... entries) {
        List<String> args = new ArrayList<>(List.of("-v", "error", "-print_format", "json"));
        args.addAll(List.of(entries));
        args.add(file.toString());
        String out = TOOL.run(ToolCommand.builder(PROGRAMS.ffprobe()).arguments(args)
                .workingDirectory(file.getParent()).timeout(Duration.ofSeconds(60)).captureStdout(16 * 1024 * 1024)
                .build(), Cancellation.never()).stdout();
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The video stream of a file, from ffprobe. */
    static JsonNode videoStream(Path file) {
        return ffprobe(file, "-select_streams", "v:0", "-show_streams").path("streams").path(0);
    }

    /** The audio stream of a file, from ffprobe. */
    static JsonNode audioStream(Path file) {
        return ffprobe(file, "-select_streams", "a:0", "-show_streams").path("streams").path(0);
    }

    /** Times (s) of the key frames of the first video stream. */
    static List<Double> keyframeTimes(Path file) {
        List<Double> times = new ArrayList<>();
        for (JsonNode packet : ffprobe(file, "-select_streams", "v:0", "-show_entries", "packet=pts_time,flags")
                .path("packets")) {
            if (packet.path("flags").asText().contains("K")) {
                times.add(packet.path("pts_time").asDouble());
            }
        }
        return times;
    }

    /** The types of the top-level boxes of an ISO-BMFF (MP4) file, in file order. */
    static List<String> topLevelBoxes(Path file) {
        List<String> boxes = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long position = 0;
            long size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(16);
            while (position + 8 <= size) {
                header.clear();
                channel.read(header, position);
                header.flip();
                long boxSize = Integer.toUnsignedLong(header.getInt());
                byte[] type = new byte[4];
                header.get(type);
                if (boxSize == 1) {
                    boxSize = header.getLong();
                } else if (boxSize == 0) {
                    boxSize = size - position;
                }
                boxes.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
                if (boxSize < 8) {
                    break;
                }
                position += boxSize;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }

    /** Concatenates an fMP4 rung (init segment, then media segments in playlist order) into one file. */
    static Path joinRung(TranscodeResult result, String rung, Path target) {
        try {
            Files.deleteIfExists(target);
            List<ProducedFile> parts = new ArrayList<>();
            result.files(OutputKind.HLS_INIT).stream().filter(f -> f.rendition().equals(rung)).forEach(parts::add);
            result.files(OutputKind.HLS_SEGMENT).stream().filter(f -> f.rendition().equals(rung)).forEach(parts::add);
            for (ProducedFile part : parts) {
                Files.write(target, Files.readAllBytes(part.file()), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path make(String name, String... args) {
        return MADE.computeIfAbsent(name, n -> {
            List<String> all = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-y", "-loglevel", "error"));
            all.addAll(List.of(args));
            all.add(n);
            TOOL.run(ToolCommand.builder(PROGRAMS.ffmpeg()).arguments(all).workingDirectory(DIR)
                    .timeout(Duration.ofSeconds(60)).build(), Cancellation.never());
            return DIR.resolve(n);
        });
    }

    private static Path write(String name, byte[] content) {
        return MADE.computeIfAbsent(name, n -> {
            try {
                return Files.write(DIR.resolve(n), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path createDirectory() {
        try {
            Path dir = Files.createTempDirectory("media-fixtures-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
