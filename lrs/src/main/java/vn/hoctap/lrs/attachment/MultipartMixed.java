package vn.hoctap.lrs.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.hoctap.lrs.error.InvalidAttachmentsException;

/**
 * multipart/mixed bodies (RFC 2046) as xAPI uses them: the statements as the first part, then one part per
 * attachment. Parsing is strict about what xAPI requires (a boundary, every delimiter, the closing delimiter) and
 * lenient about line ends (CRLF or LF).
 */
public final class MultipartMixed {

    /** One part: its headers (names in lower case) and its bytes. */
    public record Part(Map<String, String> headers, byte[] content) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private MultipartMixed() {
    }

    /** Whether a Content-Type header value is multipart/mixed (with or without parameters). */
    public static boolean isMultipartMixed(String contentType) {
        return contentType != null && mediaType(contentType).equals("multipart/mixed");
    }

    /** The media type of a Content-Type header value, in lower case, without parameters. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The boundary parameter of a Content-Type header value, unquoted. */
    public static Optional<String> boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("boundary")) {
                String value = pair[1].trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The parts of a body sent with the Content-Type {@code contentType}. */
    public static List<Part> parse(byte[] body, String contentType) {
        String boundary = boundary(contentType).orElseThrow(() -> new InvalidAttachmentsException(
                "The multipart/mixed Content-Type has no boundary parameter."));
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = firstDelimiter(body, delimiter);
        if (position < 0) {
            throw new InvalidAttachmentsException("The body does not contain the boundary '" + boundary + "'.");
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            int after = position + delimiter.length;
            if (startsWith(body, after, "--".getBytes(StandardCharsets.ISO_8859_1))) {
                return parts;
            }
            int lineEnd = indexOf(body, new byte[] {'\n'}, after);
            if (lineEnd < 0) {
                throw new InvalidAttachmentsException("The body ends without the closing boundary.");
            }
            int start = lineEnd + 1;
            int next = nextDelimiter(body, delimiter, start);
            if (next < 0) {
                throw new InvalidAttachmentsException("The body ends without the closing boundary.");
            }
            // the line break before a delimiter belongs to the delimiter
            int end = next > start && body[next - 1] == '\n' ? next - 1 : next;
            end = end > start && body[end - 1] == '\r' ? end - 1 : end;
            parts.add(part(Arrays.copyOfRange(body, start, Math.max(start, end))));
            position = next;
        }
    }

    /** A body of parts under a fresh boundary; returns the Content-Type value and the bytes. */
    public static Map.Entry<String, byte[]> write(List<Part> parts) {
        String boundary = "xapi-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            part.headers().forEach((name, value) ->
                    out.writeBytes((name + ":" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return Map.entry("multipart/mixed; boundary=" + boundary, out.toByteArray());
    }

    private static Part part(byte[] raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        int position = 0;
        while (true) {
            int lineEnd = indexOf(raw, new byte[] {'\n'}, position);
            if (lineEnd < 0) {
                throw new InvalidAttachmentsException("A part has no blank line between its headers and content.");
            }
            String line = new String(raw, position, lineEnd - position, StandardCharsets.UTF_8).replaceAll("\r$", "");
            position = lineEnd + 1;
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidAttachmentsException("A part has a malformed header line: " + line);
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return new Part(headers, Arrays.copyOfRange(raw, position, raw.length));
    }

    private static int firstDelimiter(byte[] body, byte[] delimiter) {
        if (startsWith(body, 0, delimiter)) {
            return 0;
        }
        return nextDelimiter(body, delimiter, 0);
    }

    /** The next delimiter at the start of a line at or after {@code from}. */
    private static int nextDelimiter(byte[] body, byte[] delimiter, int from) {
        int position = from;
        while (true) {
            int found = indexOf(body, delimiter, position);
            if (found < 0) {
                return -1;
            }
            if (found == 0 || body[found - 1] == '\n') {
                return found;
            }
            position = found + 1;
        }
    }

    private static boolean startsWith(byte[] body, int offset, byte[] prefix) {
        if (offset + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        for (int i = Math.max(0, from); i <= body.length - target.length; i++) {
            if (startsWith(body, i, target)) {
                return i;
            }
        }
        return -1;
    }
}
