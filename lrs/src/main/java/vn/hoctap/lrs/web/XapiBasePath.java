package vn.hoctap.lrs.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Serves the LRS under the configured base path ({@link BasePath}, setting {@code hoctap.lrs.base-path}): a request
 * under it is forwarded to the same resource under {@code /xapi} (query string unchanged, doubled slashes
 * collapsed), and a request for {@code /xapi} itself answers 404. With the default base path it does nothing.
 * The xAPI resources stay declared under {@code xapi/...}; only the address clients use changes.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD}, asyncSupported = true)
public class XapiBasePath extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern DOUBLED_SLASHES = Pattern.compile("/{2,}");
    private static final String FORWARDED = XapiBasePath.class.getName() + ".forwarded";

    private transient BasePath basePath = BasePath.standard();

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        try {
            basePath = ConfigProvider.getConfig().getOptionalValue("hoctap.lrs.base-path", String.class)
                    .map(BasePath::parse).orElse(BasePath.standard());
        } catch (IllegalArgumentException invalid) {
            // LrsServices stops the start with a message naming the setting
            basePath = BasePath.standard();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (basePath.isInternal() || request.getAttribute(FORWARDED) != null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.contains("//")) {
            path = DOUBLED_SLASHES.matcher(path).replaceAll("/");
        }
        var internal = basePath.internalPath(path);
        if (internal.isPresent()) {
            request.setAttribute(FORWARDED, Boolean.TRUE);
            String query = request.getQueryString();
            request.getRequestDispatcher(query == null ? internal.get() : internal.get() + "?" + query)
                    .forward(request, response);
            return;
        }
        if (BasePath.isUnderInternal(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "The LRS is served under " + basePath.path() + ".");
            return;
        }
        chain.doFilter(request, response);
    }
}
