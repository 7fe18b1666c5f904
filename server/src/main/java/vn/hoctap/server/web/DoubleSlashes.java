package vn.hoctap.server.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tolerates doubled slashes in request paths: real xAPI content appends {@code /} to an endpoint that already
 * ends with one and asks for {@code /xapi//statements}. Such a request is forwarded to the same path with single
 * slashes (query string unchanged).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DoubleSlashes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.contains("//")) {
            chain.doFilter(request, response);
            return;
        }
        String single = path.replaceAll("/{2,}", "/");
        String query = request.getQueryString();
        request.getRequestDispatcher(query == null ? single : single + "?" + query).forward(request, response);
    }
}
