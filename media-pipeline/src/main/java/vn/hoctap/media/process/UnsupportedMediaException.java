package vn.hoctap.media.process;

/**
 * The input cannot be processed because of what it is: not a media file, damaged, without any audio or video
 * stream, with dimensions that would exhaust memory (a decompression bomb), too long. {@link Kind#PERMANENT}:
 * never retry; show {@link #getMessage()} to the uploader, who has to send another file.
 */
public final class UnsupportedMediaException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the input, for a caller that reacts differently or translates the message. */
    public enum Reason {
        /** The file has zero bytes. */
        EMPTY_FILE,
        /** The file is not in an accepted container format, or is truncated or damaged so that it cannot be read. */
        UNREADABLE,
        /** The file has neither a video nor an audio stream (cover art does not count as video). */
        NO_MEDIA_STREAMS,
        /** A stream is in a codec this FFmpeg build cannot decode. */
        UNSUPPORTED_CODEC,
        /** The picture is wider or higher than allowed or has too many pixels. */
        DIMENSIONS_TOO_LARGE,
        /** The picture is too small to be useful (or has no dimensions). */
        DIMENSIONS_TOO_SMALL,
        /** The duration is unknown or zero. */
        UNKNOWN_DURATION,
        /** The duration is longer than allowed. */
        TOO_LONG
    }

    private final Reason reason;

    public UnsupportedMediaException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Kind kind() {
        return Kind.PERMANENT;
    }
}
