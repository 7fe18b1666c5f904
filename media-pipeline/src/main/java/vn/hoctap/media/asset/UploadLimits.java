package vn.hoctap.media.asset;

import vn.hoctap.media.detect.MediaKind;

/**
 * The largest upload accepted per kind: {@code media} for video and audio (the default 2 GiB fits an hour of phone
 * video), {@code documents} for slide decks and PDFs (default 200 MiB).
 */
public record UploadLimits(long media, long documents) {

    public static UploadLimits defaults() {
        return new UploadLimits(2L << 30, 200L << 20);
    }

    /** The largest any upload may be, checked while it streams in (its kind is known only afterwards). */
    public long largest() {
        return Math.max(media, documents);
    }

    public long of(MediaKind kind) {
        return kind.isSlideDeck() || kind == MediaKind.PDF ? documents : media;
    }
}
