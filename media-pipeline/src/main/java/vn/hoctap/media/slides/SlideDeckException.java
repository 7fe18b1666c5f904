package vn.hoctap.media.slides;

import vn.hoctap.media.process.MediaProcessException;

/**
 * Root of every failure of the slide pipeline. The subclass names what failed; {@link #isPermanent()} says
 * whether trying again can help:
 * <ul>
 *   <li><b>permanent</b> — the input is the problem and will stay one: {@link CorruptDeckException},
 *       {@link PasswordProtectedDeckException}, {@link UnsupportedDeckException}, {@link EmptyDeckException},
 *       {@link DeckTooLargeException}. Tell the author; never retry.</li>
 *   <li><b>transient</b> — the machine is the problem: {@link ConverterUnavailableException},
 *       {@link ConversionTimeoutException}, {@link ConversionFailedException}, {@link SlideStorageException}.
 *       Retry later (a bounded number of times) or tell the operator.</li>
 * </ul>
 * Messages are one or two sentences an author or operator can act on; they never contain file contents.
 *
 * <p>A {@link MediaProcessException} like every failure of the module: {@link #kind()} is PERMANENT or TRANSIENT.
 */
public abstract class SlideDeckException extends MediaProcessException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    protected SlideDeckException(boolean permanent, String message, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    @Override
    public final Kind kind() {
        return permanent ? Kind.PERMANENT : Kind.TRANSIENT;
    }

    /** {@code true} when the input itself is at fault and retrying cannot help. */
    public final boolean isPermanent() {
        return permanent;
    }
}
