package vn.hoctap.core.storage;

/**
 * The one place where object keys and list prefixes are validated, so that every adapter accepts exactly the
 * same keys.
 *
 * <p>A valid key
 * <ul>
 *   <li>is not empty and at most {@value #MAX_LENGTH} characters long;</li>
 *   <li>is made of segments separated by {@code /}, with no leading or trailing {@code /} and no empty
 *       segment ({@code //});</li>
 *   <li>has segments made only of the characters {@code A-Z a-z 0-9 . _ -}, each at most
 *       {@value #MAX_SEGMENT_LENGTH} characters long;</li>
 *   <li>has no segment that is exactly {@code .} or {@code ..}.</li>
 * </ul>
 * Such keys are safe as file paths under a root directory (the segment limit leaves room for the file-system
 * store's sidecar suffix within the usual 255-byte file name limit), as S3 keys and in URLs without escaping.
 *
 * <p>A valid list prefix is the empty string or the beginning of some valid key: it may end with {@code /} or
 * in the middle of a segment ({@code courses/12} matches {@code courses/12/a} and {@code courses/123/b}).
 */
public final class ObjectKeys {

    /** Maximum length of a key in characters (ASCII only, so also in bytes). */
    public static final int MAX_LENGTH = 512;

    /** Maximum length of one segment (the text between two {@code /}) in characters. */
    public static final int MAX_SEGMENT_LENGTH = 200;

    /** Separator of key segments. */
    public static final char SEPARATOR = '/';

    private ObjectKeys() {
    }

    /**
     * Returns {@code key} when it is valid.
     *
     * @throws InvalidObjectKeyException naming the key and the first rule it breaks
     */
    public static String requireValid(String key) {
        String broken = brokenKeyRule(key);
        if (broken != null) {
            throw new InvalidObjectKeyException(key, broken);
        }
        return key;
    }

    /** Whether {@code key} follows every rule (never throws). */
    public static boolean isValid(String key) {
        return brokenKeyRule(key) == null;
    }

    /**
     * Returns {@code prefix} when it is a valid list prefix ({@code ""} or the beginning of a valid key).
     *
     * @throws InvalidObjectKeyException naming the prefix and the rule it breaks
     */
    public static String requireValidPrefix(String prefix) {
        if (prefix == null) {
            throw new InvalidObjectKeyException(null, "a prefix must not be null (use \"\" to list every key)");
        }
        if (prefix.isEmpty()) {
            return prefix;
        }
        if (prefix.length() > MAX_LENGTH) {
            throw new InvalidObjectKeyException(prefix,
                    "must be at most " + MAX_LENGTH + " characters long, has " + prefix.length());
        }
        if (brokenKeyRule(prefix) == null) {
            return prefix; // a whole key
        }
        // Otherwise one more character must complete it into a valid key.
        String broken = brokenKeyRule(prefix.length() == MAX_LENGTH ? prefix : prefix + "x");
        if (broken != null) {
            throw new InvalidObjectKeyException(prefix, broken);
        }
        return prefix;
    }

    /** Returns the first rule {@code key} breaks, or {@code null} when it is valid. */
    private static String brokenKeyRule(String key) {
        if (key == null) {
            return "must not be null";
        }
        if (key.isEmpty()) {
            return "must not be empty";
        }
        if (key.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long, has " + key.length();
        }
        if (key.charAt(0) == SEPARATOR) {
            return "must not start with '/'";
        }
        if (key.charAt(key.length() - 1) == SEPARATOR) {
            return "must not end with '/'";
        }
        int segmentStart = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || key.charAt(i) == SEPARATOR) {
                String broken = brokenSegmentRule(key.substring(segmentStart, i));
                if (broken != null) {
                    return broken;
                }
                segmentStart = i + 1;
            } else if (!isSegmentCharacter(key.charAt(i))) {
                return "character " + describe(key.charAt(i)) + " at index " + i
                        + " is not allowed (only A-Z a-z 0-9 . _ - and '/' between segments)";
            }
        }
        return null;
    }

    private static String brokenSegmentRule(String segment) {
        if (segment.isEmpty()) {
            return "must not contain an empty segment ('//')";
        }
        if (segment.equals(".") || segment.equals("..")) {
            return "must not contain a '" + segment + "' segment";
        }
        if (segment.length() > MAX_SEGMENT_LENGTH) {
            return "segments must be at most " + MAX_SEGMENT_LENGTH + " characters long";
        }
        return null;
    }

    private static boolean isSegmentCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
    }

    private static String describe(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
    }
}
