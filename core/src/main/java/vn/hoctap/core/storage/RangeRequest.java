package vn.hoctap.core.storage;

import java.util.Arrays;
import java.util.Optional;


/**
 * How to answer a download request for a stored file of known size and strong ETag (its quoted SHA-256), from
 * its conditional and range headers (RFC 9110):
 * <ul>
 *   <li>{@code If-None-Match} naming the ETag (or {@code *}) → 304;</li>
 *   <li>no usable {@code Range} (absent, malformed, several ranges, another unit), or an {@code If-Range} that
 *       is not the current ETag (a date or an old ETag: the file changed, send it whole) → 200, everything;</li>
 *   <li>a single range starting before the end → 206 with {@code Content-Range bytes first-last/size};</li>
 *   <li>a range starting at or beyond the end (or any range of an empty file) → 416 with
 *       {@code Content-Range bytes *&#47;size}.</li>
 * </ul>
 *
 * @param status   200, 206, 304 or 416
 * @param range    the range to send with 206
 * @param resolved its offsets with 206
 */
public record RangeRequest(int status, Optional<ByteRange> range, Optional<ByteRange.Resolved> resolved) {

    public static RangeRequest decide(long size, String etag, String ifNoneMatch, String rangeHeader, String ifRange) {
        if (noneMatchNames(ifNoneMatch, etag)) {
            return new RangeRequest(304, Optional.empty(), Optional.empty());
        }
        Optional<ByteRange> range = ByteRange.fromHttpRangeHeader(rangeHeader);
        if (range.isEmpty() || (ifRange != null && !ifRange.strip().equals(etag))) {
            return new RangeRequest(200, Optional.empty(), Optional.empty());
        }
        try {
            return new RangeRequest(206, range, Optional.of(range.get().resolve(size)));
        } catch (InvalidRangeException e) {
            return new RangeRequest(416, Optional.empty(), Optional.empty());
        }
    }

    /**
     * Whether an {@code If-None-Match} header names {@code etag} or {@code *}, by weak comparison (RFC 9110
     * 13.1.2: {@code W/"x"} and {@code "x"} match each other), as a GET answering 304 compares.
     */
    public static boolean noneMatchNames(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(opaque));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The {@code Content-Range} header of the answer, if it has one. */
    public Optional<String> contentRange(long size) {
        if (status == 206) {
            return Optional.of(resolved.orElseThrow().contentRange(size));
        }
        return status == 416 ? Optional.of("bytes */" + size) : Optional.empty();
    }
}
