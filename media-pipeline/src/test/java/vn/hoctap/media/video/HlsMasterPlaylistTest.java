package vn.hoctap.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HlsMasterPlaylistTest {

    private static final String FFMPEG_MASTER = """
            #EXTM3U
            #EXT-X-VERSION:7
            #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="group_audio",NAME="audio_0",DEFAULT=YES,CHANNELS="2",URI="audio/index.m3u8"
            #EXT-X-STREAM-INF:BANDWIDTH=65722,AVERAGE-BANDWIDTH=65917,CODECS="mp4a.40.2",AUDIO="group_audio"
            audio/index.m3u8

            #EXT-X-STREAM-INF:BANDWIDTH=147308,AVERAGE-BANDWIDTH=147000,RESOLUTION=416x234,CODECS="avc1.4d4c0c,mp4a.40.2",AUDIO="group_audio"
            234p/index.m3u8
            """;

    @Test
    void videoVariantsIncludeTheirAudioGroupsBandwidth() {
        String fixed = HlsMasterPlaylist.includeAudioInBandwidth(FFMPEG_MASTER);

        assertThat(fixed).contains("#EXT-X-STREAM-INF:BANDWIDTH=213030,AVERAGE-BANDWIDTH=212917,RESOLUTION=416x234")
                .contains("#EXT-X-STREAM-INF:BANDWIDTH=65722,AVERAGE-BANDWIDTH=65917,CODECS=\"mp4a.40.2\"");
        assertThat(fixed.lines().count()).isEqualTo(FFMPEG_MASTER.lines().count());
    }

    @Test
    void aPlaylistWithoutAudioGroupIsUnchanged() {
        String silent = """
                #EXTM3U
                #EXT-X-VERSION:7
                #EXT-X-STREAM-INF:BANDWIDTH=147308,AVERAGE-BANDWIDTH=147308,RESOLUTION=416x234,CODECS="avc1.4d4c0c"
                234p/index.m3u8
                """;

        assertThat(HlsMasterPlaylist.includeAudioInBandwidth(silent)).isEqualTo(silent);
    }
}
