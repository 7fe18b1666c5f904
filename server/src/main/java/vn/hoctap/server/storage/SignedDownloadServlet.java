package vn.hoctap.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.error.ApiError;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.RangeRequest;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.core.storage.StoredObject;

/**
 * Serves the time-limited download URLs of the file-system object store: {@code /storage/<key>?expires=..&signature=..}.
 * Verifies the signature and expiry, then streams the object with its SHA-256 as ETag, answering conditional and
 * single-range requests as {@link RangeRequest} decides (304, 206, 416), like the package downloads.
 */
@WebServlet(urlPatterns = "/storage/*")
public class SignedDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    transient ObjectStore store;

    @Inject
    transient SignedUrlSigner signer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String key = path.startsWith("/storage/") ? path.substring("/storage/".length()) : "";
        if (!signer.verify(path, parseLong(request.getParameter(SignedUrlSigner.EXPIRES_PARAMETER)),
                request.getParameter(SignedUrlSigner.SIGNATURE_PARAMETER))) {
            error(response, ApiError.of(403, "invalid_signature",
                    "This download link is invalid or has expired; ask the API for a new one."));
            return;
        }
        Optional<StoredObject> found = store.stat(key);
        if (found.isEmpty()) {
            error(response, ApiError.of(404, "not_found", "The object of this download link no longer exists."));
            return;
        }
        StoredObject object = found.get();
        String etag = "\"" + object.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentType(object.contentType());
        RangeRequest answer = RangeRequest.decide(object.size(), etag, request.getHeader("If-None-Match"),
                request.getHeader("Range"), request.getHeader("If-Range"));
        answer.contentRange(object.size()).ifPresent(value -> response.setHeader("Content-Range", value));
        switch (answer.status()) {
            case 304 -> response.setStatus(304);
            case 416 -> error(response, ApiError.at(416, "range_not_satisfiable",
                    "The range starts at or beyond the end of the " + object.size() + " bytes", "Range"));
            case 206 -> {
                response.setStatus(206);
                response.setContentLengthLong(answer.resolved().orElseThrow().length());
                if (withBody) {
                    try (InputStream in = store.open(key, answer.range().orElseThrow())) {
                        in.transferTo(response.getOutputStream());
                    }
                }
            }
            default -> {
                response.setContentLengthLong(object.size());
                if (withBody) {
                    try (InputStream in = store.open(key)) {
                        in.transferTo(response.getOutputStream());
                    }
                }
            }
        }
    }

    private static long parseLong(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void error(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), error);
    }
}
