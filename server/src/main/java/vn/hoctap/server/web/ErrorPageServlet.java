package vn.hoctap.server.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.web.ErrorResponses;

/**
 * The error page of the web container (see {@code web.xml}): errors raised outside JAX-RS — a rejected HTTP
 * Basic login, an unknown path outside {@code /api}, a servlet failure — get the same JSON error body as the API
 * instead of the container's HTML page.
 */
@WebServlet(urlPatterns = "/errors/container")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        String message = switch (status) {
            case 401 -> "The credentials are missing or wrong. Sign in with HTTP Basic credentials.";
            case 403 -> "These credentials are not allowed to do this.";
            case 404 -> "Nothing at this path. The API is under /api; see /openapi.";
            case 405 -> "This method is not allowed on this path.";
            default -> status >= 500 ? "The server failed to handle this request. It has been logged; try again later."
                    : "The request was refused (" + status + ").";
        };
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        if (!"HEAD".equals(request.getMethod())) {
            JSON.writeValue(response.getOutputStream(), ApiError.of(status, ErrorResponses.codeFor(status), message));
        }
    }
}
