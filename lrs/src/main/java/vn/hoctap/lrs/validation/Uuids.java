package vn.hoctap.lrs.validation;

/**
 * The xAPI UUID format: the standard string form of RFC 4122 / RFC 9562, {@code 8-4-4-4-12} hexadecimal digits
 * such as {@code 3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f}.
 *
 * <p>Hexadecimal digits may be upper or lower case (RFC 4122: "case insensitive on input"). The version and
 * variant bits are not checked: xAPI 1.0.3 section 4.4 only <em>recommends</em> the RFC 4122 variant, and the ADL
 * conformance suite rejects only malformed strings; so the nil UUID and UUIDs of any version are accepted.
 */
public final class Uuids {

    private static final int LENGTH = 36;

    private Uuids() {
    }

    /** Whether {@code value} is a UUID in standard string form; false for null. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean hyphenPosition = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphenPosition ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
