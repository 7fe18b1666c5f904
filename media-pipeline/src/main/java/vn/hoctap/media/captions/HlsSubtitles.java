package vn.hoctap.media.captions;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Adds captions to an HLS master playlist as one subtitle group ({@code subs}) with a rendition per language, each
 * pointing to a subtitle playlist that serves the whole WebVTT file as a single segment.
 */
public final class HlsSubtitles {

    /** One language of captions: its RFC 5646 tag, the name shown in the player and the playlist's URI. */
    public record Track(String language, String name, String playlistUri) {
    }

    private HlsSubtitles() {
    }

    /** The master playlist with the subtitle group declared and every variant stream pointing to it. */
    public static String addToMaster(String master, List<Track> tracks) {
        if (tracks.isEmpty()) {
            return master;
        }
        StringBuilder media = new StringBuilder();
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            media.append("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",LANGUAGE=\"").append(track.language())
                    .append("\",NAME=\"").append(track.name().replace("\"", "'")).append("\",DEFAULT=")
                    .append(i == 0 ? "YES" : "NO").append(",AUTOSELECT=YES,URI=\"").append(track.playlistUri())
                    .append("\"\n");
        }
        StringBuilder out = new StringBuilder();
        boolean inserted = false;
        for (String line : master.split("\n", -1)) {
            if (!inserted && line.startsWith("#EXT-X-STREAM-INF")) {
                out.append(media);
                inserted = true;
            }
            if (line.startsWith("#EXT-X-STREAM-INF") && !line.contains("SUBTITLES=")) {
                line = line + ",SUBTITLES=\"subs\"";
            }
            out.append(line).append('\n');
        }
        String result = out.toString();
        return result.endsWith("\n\n") ? result.substring(0, result.length() - 1) : result;
    }

    /** A VOD subtitle playlist serving {@code vttUri} as its only segment, for a video of {@code duration}. */
    public static String subtitlePlaylist(String vttUri, Duration duration) {
        double seconds = Math.max(0.001, duration.toMillis() / 1000.0);
        return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + (long) Math.ceil(seconds)
                + "\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:"
                + String.format(Locale.ROOT, "%.3f", seconds) + ",\n" + vttUri + "\n#EXT-X-ENDLIST\n";
    }
}
