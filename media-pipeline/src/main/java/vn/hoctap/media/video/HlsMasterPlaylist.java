package vn.hoctap.media.video;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the master playlist that FFmpeg writes for a ladder with a separate audio group. FFmpeg measures each
 * variant's {@code BANDWIDTH} and {@code AVERAGE-BANDWIDTH} over that variant's own segments only, so a video
 * variant that plays with the audio group under-states what it needs by the audio's bit rate (a third of the
 * lowest rung). RFC 8216 (4.3.4.2) says BANDWIDTH covers every rendition that plays together; players choose
 * rungs by it, which on a 2G link decides between smooth playback and stalls.
 */
final class HlsMasterPlaylist {

    private static final String STREAM_INF = "#EXT-X-STREAM-INF:";
    private static final Pattern MEDIA_AUDIO =
            Pattern.compile("^#EXT-X-MEDIA:.*TYPE=AUDIO.*GROUP-ID=\"([^\"]+)\".*URI=\"([^\"]+)\"");
    private static final Pattern GROUP = Pattern.compile("AUDIO=\"([^\"]+)\"");

    private HlsMasterPlaylist() {
    }

    /**
     * Adds to each variant that has a {@code RESOLUTION} and an {@code AUDIO} group the {@code BANDWIDTH} and
     * {@code AVERAGE-BANDWIDTH} of that group's playlist (as listed in its own {@code EXT-X-STREAM-INF}). Other
     * lines are kept as they are; a playlist without audio group comes back unchanged.
     */
    static String includeAudioInBandwidth(String master) {
        List<String> lines = master.lines().toList();
        Map<String, String> groupUris = new HashMap<>();
        for (String line : lines) {
            Matcher m = MEDIA_AUDIO.matcher(line);
            if (m.find()) {
                groupUris.put(m.group(1), m.group(2));
            }
        }
        Map<String, String> streamInfByUri = new HashMap<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith(STREAM_INF)) {
                streamInfByUri.put(lines.get(i + 1).trim(), lines.get(i));
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            Matcher group = GROUP.matcher(line);
            if (line.startsWith(STREAM_INF) && line.contains("RESOLUTION=") && group.find()) {
                String audioInf = streamInfByUri.get(groupUris.getOrDefault(group.group(1), ""));
                if (audioInf != null) {
                    line = add(line, audioInf, "AVERAGE-BANDWIDTH");
                    line = add(line, audioInf, "BANDWIDTH");
                }
            }
            out.add(line);
        }
        return String.join("\n", out) + "\n";
    }

    private static String add(String line, String audioLine, String attribute) {
        Pattern p = Pattern.compile("(?<=[:,])" + attribute + "=(\\d+)");
        Matcher audio = p.matcher(audioLine);
        Matcher video = p.matcher(line);
        if (!audio.find() || !video.find()) {
            return line;
        }
        long sum = Long.parseLong(video.group(1)) + Long.parseLong(audio.group(1));
        return line.substring(0, video.start(1)) + sum + line.substring(video.end(1));
    }
}
