package vn.hoctap.media.asset;

import vn.hoctap.media.detect.MediaKind;

/**
 * The largest upload accepted per kind: {@code media} for video and audio (the default 2 GiB fits an hour of phone
 * video), {@code documents} for slide decks and PDFs (default 200 MiB), {@code images} for raster images (default
 * 20 MiB: a 48-megapixel phone photo is 10-15 MiB).
 */
public record UploadLimits(long media, long documents, long images) {

    /** The default limit of {@link #images()}. */
    public static final long DEFAULT_IMAGE_BYTES = 20L << 20;

    /** Video/audio and document limits; images get the default limit, or the document limit if that is lower. */
    public UploadLimits(long media, long documents) {
        this(media, documents, Math.min(DEFAULT_IMAGE_BYTES, documents));
    }

    public static UploadLimits defaults() {
        return new UploadLimits(2L << 30, 200L << 20, DEFAULT_IMAGE_BYTES);
    }

    /** The largest any upload may be, checked while it streams in (its kind is known only afterwards). */
    public long largest() {
        return Math.max(Math.max(media, documents), images);
    }

    public long of(MediaKind kind) {
        if (kind == MediaKind.IMAGE) {
            return images;
        }
        return kind.isSlideDeck() || kind == MediaKind.PDF ? documents : media;
    }
}
