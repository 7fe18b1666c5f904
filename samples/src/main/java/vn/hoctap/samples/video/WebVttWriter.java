package vn.hoctap.samples.video;

import java.time.Duration;
import java.util.List;

/**
 * Writes captions as WebVTT: one cue per narration segment, numbered from 1, timed to the segment's speech.
 * Text is kept as it is (Vietnamese and Khmer in UTF-8); characters WebVTT reserves are escaped.
 */
public final class WebVttWriter {

    /** The WebVTT document; {@code texts} and {@code spans} pair up by index. */
    public String write(List<String> texts, List<Narration.Span> spans) {
        if (texts.size() != spans.size()) {
            throw new IllegalArgumentException(texts.size() + " texts for " + spans.size() + " spans");
        }
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < texts.size(); i++) {
            vtt.append('\n').append(i + 1).append('\n')
                    .append(timestamp(spans.get(i).start())).append(" --> ").append(timestamp(spans.get(i).end()))
                    .append('\n')
                    .append(texts.get(i).strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append('\n');
        }
        return vtt.toString();
    }

    static String timestamp(Duration at) {
        long millis = at.toMillis();
        return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }
}
