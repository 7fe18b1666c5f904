package vn.hoctap.server.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * One log line per API request, written when the response is ready: method, path, status and duration. Never
 * the query string (it may carry signatures or tokens) and never a body. Server errors are logged at WARNING,
 * everything else at INFO.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger("vn.hoctap.request");
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        int status = response.getStatus();
        Level level = status >= 500 ? Level.WARNING : Level.INFO;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "{0} {1} {2} {3}ms", new Object[] {request.getMethod(),
                    request.getUriInfo().getRequestUri().getRawPath(), String.valueOf(status), String.valueOf(millis)});
        }
    }
}
