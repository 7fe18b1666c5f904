package vn.hoctap.media.process;

import java.util.ArrayList;
import java.util.List;

/**
 * A token through which one party asks long-running media work to stop, and the work learns about it. Thread
 * safe. Cancelling is permanent and idempotent: the first {@link #cancel()} runs every registered action once, on
 * the cancelling thread; actions registered afterwards run at once, on the registering thread.
 *
 * <p>Work that sees the token cancelled ends with a {@link ToolCancelledException}.
 */
public final class Cancellation {

    private static final System.Logger LOG = System.getLogger(Cancellation.class.getName());
    private static final Cancellation NEVER = new Cancellation(false);

    private final boolean cancellable;
    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    private Cancellation(boolean cancellable) {
        this.cancellable = cancellable;
    }

    /** A new token, not cancelled. */
    public static Cancellation create() {
        return new Cancellation(true);
    }

    /** A shared token that is never cancelled; {@link #cancel()} on it throws {@link UnsupportedOperationException}. */
    public static Cancellation never() {
        return NEVER;
    }

    /**
     * Asks the work to stop. Runs the registered actions (each at most once; an action that throws is logged and
     * the others still run). Further calls do nothing.
     */
    public void cancel() {
        if (!cancellable) {
            throw new UnsupportedOperationException("Cancellation.never() cannot be cancelled");
        }
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Cancellation::runQuietly);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Registers an action to run when the token is cancelled, or runs it now if it already is. Close the returned
     * registration when the work is over, so that a later cancel does not reach it.
     */
    public Registration onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                if (cancellable) {
                    actions.add(action);
                }
                return () -> {
                    synchronized (Cancellation.this) {
                        actions.remove(action);
                    }
                };
            }
        }
        runQuietly(action);
        return () -> { };
    }

    /** Throws a {@link ToolCancelledException} naming {@code what} if the token is cancelled. */
    public void throwIfCancelled(String what) {
        if (isCancelled()) {
            throw new ToolCancelledException(what);
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "a cancellation action failed", e);
        }
    }

    /** Removes a registered action; closing twice does nothing. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
