package vn.hoctap.samples.video;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebVttWriterTest {

    @Test
    void cues_are_numbered_timed_to_the_millisecond_and_escaped() {
        String vtt = new WebVttWriter().write(List.of("Xin chào.", "A <b> & c"), List.of(
                new Narration.Span(Duration.ofMillis(500), Duration.ofMillis(3_250)),
                new Narration.Span(Duration.ofMinutes(61).plusMillis(7), Duration.ofMinutes(61).plusSeconds(2))));

        assertThat(vtt).isEqualTo("""
                WEBVTT

                1
                00:00:00.500 --> 00:00:03.250
                Xin chào.

                2
                01:01:00.007 --> 01:01:02.000
                A &lt;b&gt; &amp; c
                """);
    }
}
