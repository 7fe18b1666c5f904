package vn.hoctap.server.startup;

import java.util.logging.Level;
import java.util.logging.Logger;

import vn.hoctap.core.config.InvalidSettingException;

/**
 * Stops the server when a setting is wrong while it starts: one SEVERE line {@code START-UP FAILED: setting
 * <name> (<ENV>): <cause>} and exit status {@value #EXIT_INVALID_SETTING} (the JVM halts at once). After the platform has started,
 * the same problems are reported per request and by the readiness check instead; the process stays up.
 */
public final class StartupFailure {

    /** The exit status of a server stopped by a wrong setting (EX_CONFIG of sysexits.h). */
    public static final int EXIT_INVALID_SETTING = 78;

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());
    private static volatile boolean started;
    private static volatile boolean stopping;

    private StartupFailure() {
    }

    /** Whether start-up has completed; from then on nothing stops the server. */
    public static boolean platformStarted() {
        return started;
    }

    static void markStarted() {
        started = true;
    }

    /**
     * During start-up: logs the one line and exits the process (from another thread, so that the deployment in
     * progress is not blocked by the shutdown). Only the first failure is reported. After start-up: does nothing.
     */
    public static void stopIfStarting(InvalidSettingException problem) {
        if (started || stopping) {
            return;
        }
        stopping = true;
        LOG.log(Level.SEVERE, "START-UP FAILED: {0}", problem.getMessage());
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.flush();
        }
        System.out.flush();
        System.err.flush();
        // halt, not exit: nothing has started that needs a graceful stop, and shutdown hooks racing with the
        // deployment still in progress once turned the status into 143 (SIGTERM) in CI
        Thread exit = new Thread(() -> Runtime.getRuntime().halt(EXIT_INVALID_SETTING), "hoctap-startup-failure");
        exit.start();
    }
}
