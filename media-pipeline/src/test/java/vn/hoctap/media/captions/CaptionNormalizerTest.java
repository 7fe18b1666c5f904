package vn.hoctap.media.captions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaptionNormalizerTest {

    private final CaptionNormalizer normalizer = new CaptionNormalizer();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void srt_becomes_webvtt_with_its_vietnamese_and_khmer_text_unchanged() {
        String srt = "\uFEFF1\r\n00:00:01,200 --> 00:00:03,000\r\nXin chào, hôm nay ta học kỹ năng số.\r\n\r\n"
                + "2\r\n00:00:03,500 --> 00:01:02,050\r\nសួស្តី\r\nលេខសម្ងាត់\r\n";

        String vtt = new String(normalizer.normalize(utf8(srt)), StandardCharsets.UTF_8);

        assertThat(vtt).isEqualTo("WEBVTT\n\n00:00:01.200 --> 00:00:03.000\nXin chào, hôm nay ta học kỹ năng số.\n\n"
                + "00:00:03.500 --> 00:01:02.050\nសួស្តី\nលេខសម្ងាត់\n");
    }

    @Test
    void webvtt_keeps_its_cues_and_drops_notes_identifiers_and_settings() {
        String vtt = "WEBVTT - bài 1\n\nNOTE made by hand\n\nintro\n00:01.000 --> 00:02.500 align:start\nMở ứng dụng\n";

        List<Cue> cues = normalizer.read(utf8(vtt));

        assertThat(cues).containsExactly(new Cue(Duration.ofMillis(1000), Duration.ofMillis(2500), "Mở ứng dụng"));
    }

    @Test
    void broken_captions_are_refused_with_the_line() {
        assertThatThrownBy(() -> normalizer.read(utf8("1\n00:00:05,000 --> 00:00:04,000\nngược\n")))
                .isInstanceOf(InvalidCaptionsException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> normalizer.read(utf8("just some text\nwithout timing\n")))
                .isInstanceOf(InvalidCaptionsException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> normalizer.read(utf8("WEBVTT\n\n")))
                .isInstanceOf(InvalidCaptionsException.class).hasMessageContaining("no cue");
        assertThatThrownBy(() -> normalizer.read(new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A}))
                .isInstanceOf(InvalidCaptionsException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void a_master_playlist_gets_one_subtitle_group_with_a_rendition_per_language() {
        String master = "#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-STREAM-INF:BANDWIDTH=211000,RESOLUTION=416x234,AUDIO=\"audio\"\n"
                + "hls/234p/index.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=680000,RESOLUTION=640x360,AUDIO=\"audio\"\n"
                + "hls/360p/index.m3u8\n";

        String withSubs = HlsSubtitles.addToMaster(master, List.of(
                new HlsSubtitles.Track("vi", "Tiếng Việt", "subs/vi.m3u8"),
                new HlsSubtitles.Track("km", "ខ្មែរ", "subs/km.m3u8")));

        assertThat(withSubs.lines().filter(l -> l.startsWith("#EXT-X-MEDIA:TYPE=SUBTITLES"))).hasSize(2);
        assertThat(withSubs).contains("LANGUAGE=\"km\",NAME=\"ខ្មែរ\",DEFAULT=NO");
        assertThat(withSubs.lines().filter(l -> l.startsWith("#EXT-X-STREAM-INF")))
                .allSatisfy(l -> assertThat(l).endsWith(",SUBTITLES=\"subs\""));
        assertThat(withSubs.indexOf("#EXT-X-MEDIA")).isLessThan(withSubs.indexOf("#EXT-X-STREAM-INF"));
        assertThat(HlsSubtitles.subtitlePlaylist("vi.vtt", Duration.ofMillis(62050)))
                .contains("#EXT-X-TARGETDURATION:63").contains("#EXTINF:62.050,\nvi.vtt").endsWith("#EXT-X-ENDLIST\n");
    }
}
