package vn.hoctap.lrs.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.validation.XapiVersion;

/**
 * The alternate request syntax of xAPI 1.0.x (Communication 1.3): a POST whose only query parameter is
 * {@code method} (GET, PUT, POST or DELETE) and whose form body (application/x-www-form-urlencoded) holds the
 * headers (Authorization, X-Experience-API-Version, Content-Type, Content-Length, If-Match, If-None-Match), the
 * body ({@code content}) and the other parameters. The request is rewritten into the one it stands for before
 * resources are matched. xAPI 2.0.0 removed the syntax: such a request is refused with 400.
 */
@Provider
@PreMatching
public class AlternateRequestSyntax implements ContainerRequestFilter {

    private static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type",
            "content-length", "if-match", "if-none-match");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    @Override
    public void filter(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        if (!"POST".equals(request.getMethod()) || !uri.getPath().startsWith("xapi/")
                || !uri.getQueryParameters().containsKey("method")) {
            return;
        }
        if (XapiVersion.parse(request.getHeaderString(XapiRequest.VERSION_HEADER))
                .filter(version -> version == XapiVersion.V2_0_0).isPresent()) {
            throw new InvalidXapiRequestException("method", "the alternate request syntax is not part of xAPI 2.0.0");
        }
        String method = uri.getQueryParameters().getFirst("method").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new InvalidXapiRequestException("method", "must be GET, PUT, POST or DELETE");
        }
        if (uri.getQueryParameters().size() != 1) {
            throw new InvalidXapiRequestException("method", "the alternate request syntax allows no other query"
                    + " parameter: send them as form fields");
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new InvalidXapiRequestException("Content-Type", "must be application/x-www-form-urlencoded in the"
                    + " alternate request syntax");
        }
        Map<String, String> form = form(read(request.getEntityStream()));
        StringBuilder query = new StringBuilder();
        byte[] content = new byte[0];
        request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        for (Map.Entry<String, String> field : form.entrySet()) {
            String lower = field.getKey().toLowerCase(Locale.ROOT);
            if (lower.equals("content")) {
                content = field.getValue().getBytes(StandardCharsets.UTF_8);
            } else if (HEADERS.contains(lower)) {
                if (!lower.equals("content-length")) {
                    request.getHeaders().putSingle(field.getKey(), field.getValue());
                }
            } else {
                query.append(query.isEmpty() ? "" : "&").append(encode(field.getKey())).append('=')
                        .append(encode(field.getValue()));
            }
        }
        if (content.length > 0 && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, "application/json");
        }
        request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(content.length));
        request.setRequestUri(uri.getRequestUriBuilder().replaceQuery(query.isEmpty() ? null : query.toString()).build());
        request.setEntityStream(new ByteArrayInputStream(content));
        request.setMethod(method);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            form.put(name, value);
        }
        return form;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidXapiRequestException("$", "the form body is not URL-encoded");
        }
    }

    private static String read(InputStream body) {
        try {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
