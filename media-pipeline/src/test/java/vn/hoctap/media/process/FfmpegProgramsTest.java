package vn.hoctap.media.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class FfmpegProgramsTest {

    @Test
    void theBundledProgramsAreExtractedExecutableAndCached() {
        FfmpegPrograms programs = FfmpegPrograms.bundled();

        assertThat(programs.ffmpeg()).isAbsolute().hasFileName("ffmpeg");
        assertThat(programs.ffprobe()).hasFileName("ffprobe").hasParent(programs.ffmpeg().getParent());
        assertThat(Files.isExecutable(programs.ffmpeg())).isTrue();
        assertThat(Files.isExecutable(programs.ffprobe())).isTrue();
        assertThat(FfmpegPrograms.bundled()).isSameAs(programs);
    }
}
