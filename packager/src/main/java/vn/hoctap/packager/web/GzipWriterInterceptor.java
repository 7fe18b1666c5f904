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

    /**
     * Whether {@code Accept-Encoding} accepts gzip (RFC 9110, 12.5.3): an explicit {@code gzip} (or {@code x-gzip})
     * entry decides by its weight; only when there is none does {@code *} decide, so {@code gzip;q=0, *} refuses
     * gzip. A weight that is not a number counts as refusal.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().toLowerCase(Locale.ROOT).split(";");
            String name = parts[0].strip();
            if (name.equals("gzip") || name.equals("x-gzip")) {
                gzip = Math.max(gzip == null ? 0 : gzip, weight(parts));
            } else if (name.equals("*")) {
                any = weight(parts);
            }
        }
        if (gzip != null) {
            return gzip > 0;
        }
        return any != null && any > 0;
    }

    private static double weight(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
