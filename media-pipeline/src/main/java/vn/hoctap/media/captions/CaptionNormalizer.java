package vn.hoctap.media.captions;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads captions in WebVTT or SRT (UTF-8, with or without a byte order mark; Vietnamese and Khmer kept as they are)
 * and writes them as WebVTT, the one format the player and HLS use. SRT's numbering is dropped and its comma
 * decimal separator becomes a dot; WebVTT cue settings, notes, styles and regions are dropped (players on cheap
 * phones render plain cues best). Anything else — not UTF-8, no cue, a cue ending before it starts, a timing line
 * that is not one — is an {@link InvalidCaptionsException} naming the line.
 */
public final class CaptionNormalizer {

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s+-->\\s+((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})(?:\\s+.*)?$");

    /** The cues of a WebVTT or SRT file. */
    public List<Cue> read(byte[] content) {
        String text = decode(content).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        boolean webVtt = lines.length > 0 && (lines[0].equals("WEBVTT") || lines[0].startsWith("WEBVTT ")
                || lines[0].startsWith("WEBVTT\t"));
        List<Cue> cues = new ArrayList<>();
        int i = webVtt ? 1 : 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                block.add(lines[i]);
                i++;
            }
            if (webVtt && (block.get(0).startsWith("NOTE") || block.get(0).equals("STYLE")
                    || block.get(0).equals("REGION"))) {
                continue;
            }
            int timingIndex = TIMING.matcher(block.get(0)).matches() ? 0 : 1;
            if (timingIndex >= block.size() || !TIMING.matcher(block.get(timingIndex)).matches()) {
                throw new InvalidCaptionsException("line " + (blockStart + timingIndex + 1)
                        + ": expected a timing line such as 00:00:01.000 --> 00:00:03.500");
            }
            Matcher timing = TIMING.matcher(block.get(timingIndex));
            timing.matches();
            Duration start = time(timing.group(1));
            Duration end = time(timing.group(2));
            if (end.compareTo(start) <= 0) {
                throw new InvalidCaptionsException("line " + (blockStart + timingIndex + 1)
                        + ": the cue ends before it starts");
            }
            String cueText = String.join("\n", block.subList(timingIndex + 1, block.size())).strip();
            cues.add(new Cue(start, end, cueText));
        }
        if (cues.isEmpty()) {
            throw new InvalidCaptionsException("no cue found: a caption file needs at least one timed cue");
        }
        return cues;
    }

    /** The same captions as WebVTT text. */
    public String toWebVtt(List<Cue> cues) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (Cue cue : cues) {
            vtt.append('\n').append(format(cue.start())).append(" --> ").append(format(cue.end())).append('\n')
                    .append(cue.text()).append('\n');
        }
        return vtt.toString();
    }

    /** Reads WebVTT or SRT and writes WebVTT (UTF-8 bytes). */
    public byte[] normalize(byte[] content) {
        return toWebVtt(read(content)).getBytes(StandardCharsets.UTF_8);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCaptionsException("captions must be UTF-8 text (save the file as UTF-8 and upload again)");
        }
    }

    private static Duration time(String text) {
        String[] parts = text.replace(',', '.').split(":");
        long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
        long minutes = Long.parseLong(parts[parts.length - 2]);
        String[] seconds = parts[parts.length - 1].split("\\.");
        long millis = Long.parseLong((seconds[1] + "00").substring(0, 3));
        return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(Long.parseLong(seconds[0])).plusMillis(millis);
    }

    private static String format(Duration time) {
        return String.format("%02d:%02d:%02d.%03d", time.toHours(), time.toMinutesPart(), time.toSecondsPart(),
                time.toMillisPart());
    }
}
