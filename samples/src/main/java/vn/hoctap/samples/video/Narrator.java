package vn.hoctap.samples.video;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.MediaProcessException;
import vn.hoctap.media.process.ToolCommand;
import vn.hoctap.samples.SampleGenerationException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Speaks texts with espeak-ng (one run per segment, the text passed as a UTF-8 file, never on the command line)
 * and joins the segments into one WAV with silence around them, so each segment's span is known exactly. The
 * same texts and voice give the same bytes.
 */
public final class Narrator {

    /** Silence before the first segment. */
    static final Duration LEAD_IN = Duration.ofMillis(500);
    /** Silence between two segments. */
    static final Duration PAUSE = Duration.ofMillis(600);
    /** Silence after the last segment. */
    static final Duration TAIL = Duration.ofMillis(900);

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int WORDS_PER_MINUTE = 145;

    private final Path espeak;

    private Narrator(Path espeak) {
        this.espeak = espeak;
    }

    /**
     * @throws SampleGenerationException if espeak-ng is not installed
     */
    public static Narrator onThisMachine() {
        for (String dir : List.of("/usr/bin", "/usr/local/bin", "/bin")) {
            Path candidate = Path.of(dir, "espeak-ng");
            if (Files.isExecutable(candidate)) {
                return new Narrator(candidate);
            }
        }
        throw new SampleGenerationException("espeak-ng is not installed: install the Debian package espeak-ng");
    }

    /**
     * Speaks {@code texts} in order with {@code voice} into {@code target}.
     *
     * @param work scratch directory for the per-segment files
     * @throws SampleGenerationException if espeak-ng fails or writes something else than PCM WAV
     */
    public Narration speak(List<String> texts, String voice, Path target, Path work) {
        try {
            Files.createDirectories(work);
            AudioFormat format = null;
            ByteArrayOutputStream pcm = new ByteArrayOutputStream();
            List<Narration.Span> spans = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Path text = work.resolve("segment-" + i + ".txt");
                Path wav = work.resolve("segment-" + i + ".wav");
                Files.writeString(text, texts.get(i), StandardCharsets.UTF_8);
                ToolCommand command = ToolCommand.builder(espeak)
                        .arguments("-v", voice, "-s", Integer.toString(WORDS_PER_MINUTE), "-b", "1",
                                "-f", text.toString(), "-w", wav.toString())
                        .workingDirectory(work)
                        .timeout(TIMEOUT)
                        .build();
                ExternalTool.normalPriority().run(command, Cancellation.never());
                try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
                    if (format == null) {
                        format = in.getFormat();
                        pcm.write(silence(format, LEAD_IN));
                    } else if (!format.matches(in.getFormat())) {
                        throw new SampleGenerationException("espeak-ng wrote segments in different formats: "
                                + format + " and " + in.getFormat());
                    } else {
                        pcm.write(silence(format, PAUSE));
                    }
                    Duration start = at(format, pcm.size());
                    in.transferTo(pcm);
                    spans.add(new Narration.Span(start, at(format, pcm.size())));
                }
            }
            if (format == null) {
                throw new SampleGenerationException("nothing to speak");
            }
            pcm.write(silence(format, TAIL));
            byte[] samples = pcm.toByteArray();
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (AudioInputStream joined = new AudioInputStream(new ByteArrayInputStream(samples), format,
                    samples.length / format.getFrameSize())) {
                AudioSystem.write(joined, AudioFileFormat.Type.WAVE, target.toFile());
            }
            return new Narration(target, spans, at(format, samples.length));
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new SampleGenerationException("cannot build the narration: " + e.getMessage(), e);
        } catch (MediaProcessException e) {
            throw new SampleGenerationException("espeak-ng failed: " + e.getMessage(), e);
        }
    }

    private static byte[] silence(AudioFormat format, Duration length) {
        long frames = Math.round(length.toNanos() / 1e9 * format.getFrameRate());
        return new byte[Math.toIntExact(frames * format.getFrameSize())];
    }

    private static Duration at(AudioFormat format, long bytes) {
        double seconds = bytes / (double) format.getFrameSize() / format.getFrameRate();
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
