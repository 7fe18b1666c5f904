package vn.hoctap.media.video;

/**
 * The container formats (FFmpeg demuxers) and protocols that ffprobe and ffmpeg may use to read an uploaded file.
 * Everything else is refused before parsing: playlists ({@code hls}, {@code concat}) could make FFmpeg read other
 * local files or the network, image sequences and exotic demuxers widen the attack surface for no lesson video.
 */
final class AcceptedFormats {

    /** Value of {@code -format_whitelist}. */
    static final String DEMUXERS = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,flv,mpegts,mpeg,asf,ogg,"
            + "wav,w64,mp3,aac,flac,amr,amrnb,amrwb,aiff,caf";

    /** Value of {@code -protocol_whitelist}: local files only. */
    static final String PROTOCOLS = "file";

    private AcceptedFormats() {
    }

    /** The input argument for a local file: the {@code file:} protocol, so that no name is read as a protocol. */
    static String input(java.nio.file.Path file) {
        return "file:" + file.toAbsolutePath();
    }
}
