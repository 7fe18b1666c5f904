package vn.hoctap.media.video;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link VideoProbe} found in a file that passed its checks: at least one of video and audio is present, the
 * duration is known and positive, the picture is within the limits.
 *
 * @param duration  the container's duration (the longest stream)
 * @param container FFmpeg's demuxer name, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2} or {@code matroska,webm}
 * @param bitRate   overall bits per second, 0 if unknown
 * @param sizeBytes the file's size
 * @param video     the first video stream that is not cover art, if any
 * @param audio     the first audio stream, if any
 */
public record MediaInfo(Duration duration, String container, long bitRate, long sizeBytes,
                        Optional<VideoStreamInfo> video, Optional<AudioStreamInfo> audio) {

    public MediaInfo {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(audio, "audio");
        if (video.isEmpty() && audio.isEmpty()) {
            throw new IllegalArgumentException("media without video and audio");
        }
    }

    public boolean hasVideo() {
        return video.isPresent();
    }

    public boolean hasAudio() {
        return audio.isPresent();
    }
}
