package vn.hoctap.media.process;

/**
 * Receives the progress of long media work as a whole percentage. Called with increasing values only, each value
 * at most once, the last one being 100 when the work succeeded; never called after the work failed. Called from a
 * thread of the pipeline that also drains the tool's output: it must return quickly and must not block (hand the
 * value to a queue or store it). An exception it throws is logged and ignored.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = percent -> { };

    /** @param percent between 0 and 100 */
    void onProgress(int percent);
}
