package vn.hoctap.media.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FfmpegProgressTest {

    @Test
    void reportsGrowingPercentagesAndOneHundredAtTheEnd() {
        List<Integer> reports = new ArrayList<>();
        FfmpegProgress progress = new FfmpegProgress(Duration.ofSeconds(10), reports::add);

        List.of("frame=1", "out_time_us=N/A", "progress=continue",
                "out_time_us=2500000", "progress=continue",
                "out_time_us=2400000", "progress=continue",
                "out_time_us=9999999", "progress=continue",
                "out_time_us=12000000", "progress=continue",
                "out_time_us=40000", "progress=end").forEach(progress);

        assertThat(reports).containsExactly(25, 99, 100);
        assertThat(progress.lastReported()).isEqualTo(100);
    }

    @Test
    void aListenerGetsNothingBeforeTheFirstTime() {
        List<Integer> reports = new ArrayList<>();
        FfmpegProgress progress = new FfmpegProgress(Duration.ZERO, reports::add);

        List.of("out_time_us=1000", "progress=continue").forEach(progress);
        assertThat(reports).isEmpty();
        progress.accept("progress=end");
        assertThat(reports).containsExactly(100);
    }
}
