package vn.hoctap.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class StoryboardVttTest {

    @Test
    void writesOneCuePerThumbnailRowByRow() {
        StoryboardPlan plan = new StoryboardPlan(5, 3, 2, 2, 160, 90, Duration.ofMillis(12_345));

        assertThat(StoryboardVtt.render(plan, "sprite.jpg")).isEqualTo("""
                WEBVTT

                00:00:00.000 --> 00:00:05.000
                sprite.jpg#xywh=0,0,160,90

                00:00:05.000 --> 00:00:10.000
                sprite.jpg#xywh=160,0,160,90

                00:00:10.000 --> 00:00:12.345
                sprite.jpg#xywh=0,90,160,90
                """);
    }

    @Test
    void timestampsCountHours() {
        assertThat(StoryboardVtt.timestamp(Duration.ofSeconds(3 * 3600 + 25 * 60 + 7).plusMillis(9)))
                .isEqualTo("03:25:07.009");
    }
}
