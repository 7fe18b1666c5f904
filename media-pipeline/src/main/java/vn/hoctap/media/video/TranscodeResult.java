package vn.hoctap.media.video;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a transcoding run produced.
 *
 * @param source          the probed source
 * @param plan            what was planned
 * @param outputDirectory the directory holding every produced file
 * @param files           every file in {@code outputDirectory}, sorted by path
 * @param elapsed         wall-clock time of the whole run (probe, ffmpeg, listing)
 */
public record TranscodeResult(MediaInfo source, LadderPlan plan, Path outputDirectory, List<ProducedFile> files,
                              Duration elapsed) {

    public TranscodeResult {
        files = List.copyOf(files);
    }

    /** The files of one kind, sorted by path. */
    public List<ProducedFile> files(OutputKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The file at a relative path such as {@code hls/master.m3u8}. */
    public Optional<ProducedFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** Total bytes of all files. */
    public long totalBytes() {
        return files.stream().mapToLong(ProducedFile::sizeBytes).sum();
    }
}
