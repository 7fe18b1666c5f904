package vn.hoctap.packager.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

/**
 * Compresses the entity of {@link Compressed} responses with gzip when the request's {@code Accept-Encoding}
 * accepts it (and not with {@code q=0}): sets {@code Content-Encoding: gzip} and {@code Vary: Accept-Encoding}.
 * Payara Micro's HTTP listener does not compress unless configured through asadmin, and that would compress
 * every response; the catalogue's JSON is what benefits (ADR 0026).
 */
@Provider
@Compressed
public class GzipWriterInterceptor implements WriterInterceptor {

    @Context
    HttpHeaders headers;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        context.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (!acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            context.proceed();
            return;
        }
        context.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        OutputStream original = context.getOutputStream();
        GZIPOutputStream gzip = new GZIPOutputStream(original);
        context.setOutputStream(gzip);
        try {
            context.proceed();
        } finally {
            gzip.finish();
            context.setOutputStream(original);
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        return Arrays.stream(acceptEncoding.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .anyMatch(coding -> {
                    String[] parts = coding.split(";");
                    String name = parts[0].strip();
                    if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
                        return false;
                    }
                    for (int i = 1; i < parts.length; i++) {
                        String p = parts[i].strip();
                        if (p.startsWith("q=")) {
                            try {
                                return Double.parseDouble(p.substring(2)) > 0;
                            } catch (NumberFormatException e) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
    }
}
