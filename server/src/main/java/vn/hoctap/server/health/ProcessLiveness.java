package vn.hoctap.server.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has memory to spare: a node that is close to running out of heap should be restarted by
 * its supervisor rather than left to fail requests.
 */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

    private static final double MAX_HEAP_USED = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        return HealthCheckResponse.named("process")
                .status(used < MAX_HEAP_USED * max)
                .withData("heapUsedBytes", used)
                .withData("heapMaxBytes", max)
                .build();
    }
}
