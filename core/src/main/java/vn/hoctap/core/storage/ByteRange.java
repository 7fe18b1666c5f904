package vn.hoctap.core.storage;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of bytes of an object, in the three forms of an HTTP {@code Range} header:
 * <ul>
 *   <li>{@link #of(long, long) of(first, last)}: bytes {@code first..last}, both inclusive
 *       ({@code bytes=first-last});</li>
 *   <li>{@link #startingAt(long) startingAt(first)}: from {@code first} to the end ({@code bytes=first-});</li>
 *   <li>{@link #suffix(long) suffix(n)}: the last {@code n} bytes ({@code bytes=-n}).</li>
 * </ul>
 * A range is created without knowing the object size; {@link #resolve(long)} turns it into absolute offsets
 * for a given size, with the same rules as HTTP: a range starting at or beyond the end of the object is not
 * satisfiable ({@link InvalidRangeException}), a last byte beyond the end is clamped to the end, a suffix longer
 * than the object is the whole object, and no range is satisfiable on an empty object.
 *
 * <p>Immutable and thread-safe; equal ranges are {@link #equals equal}.
 */
public final class ByteRange {

    private static final Pattern HTTP_RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    private final long first;        // -1 for a suffix range
    private final long last;         // -1 when open-ended or a suffix range
    private final long suffixLength; // -1 unless a suffix range

    private ByteRange(long first, long last, long suffixLength) {
        this.first = first;
        this.last = last;
        this.suffixLength = suffixLength;
    }

    /**
     * Bytes {@code first} to {@code last}, both inclusive.
     *
     * @throws IllegalArgumentException if {@code first < 0} or {@code last < first}
     */
    public static ByteRange of(long first, long last) {
        if (first < 0) {
            throw new IllegalArgumentException("first byte must be >= 0, is " + first);
        }
        if (last < first) {
            throw new IllegalArgumentException("last byte " + last + " must be >= first byte " + first);
        }
        return new ByteRange(first, last, -1);
    }

    /**
     * Bytes from {@code first} (inclusive) to the end of the object.
     *
     * @throws IllegalArgumentException if {@code first < 0}
     */
    public static ByteRange startingAt(long first) {
        if (first < 0) {
            throw new IllegalArgumentException("first byte must be >= 0, is " + first);
        }
        return new ByteRange(first, -1, -1);
    }

    /**
     * The last {@code length} bytes of the object (all of it when it is shorter).
     *
     * @throws IllegalArgumentException if {@code length <= 0}
     */
    public static ByteRange suffix(long length) {
        if (length <= 0) {
            throw new IllegalArgumentException("suffix length must be > 0, is " + length);
        }
        return new ByteRange(-1, -1, length);
    }

    /**
     * Reads the value of an HTTP {@code Range} header holding a single byte range ({@code bytes=0-99},
     * {@code bytes=100-}, {@code bytes=-500}).
     *
     * @return the range; empty when the header is absent, malformed, uses another unit or asks for several
     *         ranges &mdash; RFC 9110 allows a server to ignore such a header and send the whole object
     */
    public static Optional<ByteRange> fromHttpRangeHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = HTTP_RANGE.matcher(header.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String firstText = matcher.group(1);
        String lastText = matcher.group(2);
        if (firstText.isEmpty()) {
            if (lastText.isEmpty() || Long.parseLong(lastText) == 0) {
                return Optional.empty();
            }
            return Optional.of(suffix(Long.parseLong(lastText)));
        }
        long firstByte = Long.parseLong(firstText);
        if (lastText.isEmpty()) {
            return Optional.of(startingAt(firstByte));
        }
        long lastByte = Long.parseLong(lastText);
        return lastByte < firstByte ? Optional.empty() : Optional.of(of(firstByte, lastByte));
    }

    /** Whether this is a {@link #suffix(long) "last n bytes"} range. */
    public boolean isSuffix() {
        return suffixLength >= 0;
    }

    /** The first byte; empty for a suffix range. */
    public OptionalLong firstByte() {
        return first >= 0 ? OptionalLong.of(first) : OptionalLong.empty();
    }

    /** The last byte (inclusive); empty when the range runs to the end of the object or is a suffix range. */
    public OptionalLong lastByte() {
        return last >= 0 ? OptionalLong.of(last) : OptionalLong.empty();
    }

    /** The number of bytes of a suffix range; empty for the other forms. */
    public OptionalLong suffixLength() {
        return isSuffix() ? OptionalLong.of(suffixLength) : OptionalLong.empty();
    }

    /**
     * The absolute offsets of this range within an object of {@code objectSize} bytes.
     *
     * @throws InvalidRangeException if the range starts at or after the end of the object, or the object is empty
     * @throws IllegalArgumentException if {@code objectSize < 0}
     */
    public Resolved resolve(long objectSize) {
        if (objectSize < 0) {
            throw new IllegalArgumentException("object size must be >= 0, is " + objectSize);
        }
        if (objectSize == 0) {
            throw new InvalidRangeException(this, objectSize);
        }
        if (isSuffix()) {
            return new Resolved(Math.max(0, objectSize - suffixLength), objectSize - 1);
        }
        if (first >= objectSize) {
            throw new InvalidRangeException(this, objectSize);
        }
        return new Resolved(first, last < 0 ? objectSize - 1 : Math.min(last, objectSize - 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ByteRange that
                && first == that.first && last == that.last && suffixLength == that.suffixLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, last, suffixLength);
    }

    /** The range in HTTP {@code Range} header syntax, e.g. {@code bytes=0-99}. */
    @Override
    public String toString() {
        if (isSuffix()) {
            return "bytes=-" + suffixLength;
        }
        return "bytes=" + first + "-" + (last < 0 ? "" : Long.toString(last));
    }

    /**
     * A range resolved against an object size: bytes {@code start..end}, both inclusive, with
     * {@code 0 <= start <= end}.
     */
    public record Resolved(long start, long end) {

        public Resolved {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("invalid resolved range " + start + "-" + end);
            }
        }

        /** Number of bytes in the range. */
        public long length() {
            return end - start + 1;
        }

        /** The value of an HTTP {@code Content-Range} header for this range, e.g. {@code bytes 0-99/1000}. */
        public String contentRange(long objectSize) {
            return "bytes " + start + "-" + end + "/" + objectSize;
        }
    }
}
