package vn.hoctap.lrs.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The xAPI Timestamp format ({@code timestamp}, {@code stored}, the {@code since} and {@code until} parameters),
 * which differs by version.
 *
 * <p><b>xAPI 2.0.0</b>: an RFC 3339 {@code date-time}, {@code YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)},
 * for example {@code 2024-05-17T08:30:00.123+07:00}. The time zone is required; {@code t} and {@code z} may be
 * lower case (RFC 3339 section 5.6); a space instead of {@code T} is not accepted.
 *
 * <p><b>xAPI 1.0.x</b>: an ISO 8601 combined calendar date and time, in the extended format
 * ({@code 2024-05-17T08:30:00.123+07:00}) or the basic format ({@code 20240517T083000.123+0700}), the two not
 * mixed. Seconds (or seconds and minutes) may be left out and the lowest unit may have a fraction ({@code .} or
 * {@code ,}). The time zone ({@code Z}, {@code ±hh}, {@code ±hh:mm} in the extended format, {@code ±hhmm} in the
 * basic format) is optional, because xAPI 1.0.3 only says a Timestamp SHOULD include it; every RFC 3339
 * timestamp is accepted. Week dates and ordinal dates are not accepted.
 *
 * <p>In both versions the date must exist (month 01-12, day within the month, leap years counted), hours are
 * 00-23, minutes 00-59, seconds 00-59 or a leap second {@code 60} after minute 59, offsets at most 23:59, and the
 * offsets {@code -00}, {@code -0000} and {@code -00:00} ("local offset unknown" in RFC 3339) are rejected, as the
 * ADL LRS conformance test suite requires for both versions.
 */
public final class Timestamps {

    private static final Pattern RFC_3339 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?"
                    + "([Zz]|[+-](\\d{2}):(\\d{2}))");

    private static final Pattern ISO_8601_EXTENDED = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2})(?::(\\d{2})(?::(\\d{2}))?)?(?:[.,]\\d+)?"
                    + "([Zz]|[+-](\\d{2})(?::(\\d{2}))?)?");

    private static final Pattern ISO_8601_BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})[Tt](\\d{2})(?:(\\d{2})(\\d{2})?)?(?:[.,]\\d+)?"
                    + "([Zz]|[+-](\\d{2})(\\d{2})?)?");

    private Timestamps() {
    }

    /**
     * Whether {@code value} is a Timestamp under {@code version}, as described above; false for null.
     *
     * @param version the request's xAPI version, not null
     */
    public static boolean isValid(String value, XapiVersion version) {
        Objects.requireNonNull(version, "version");
        if (value == null) {
            return false;
        }
        if (version == XapiVersion.V2_0_0) {
            return matchesWithValidFields(RFC_3339, value);
        }
        return matchesWithValidFields(ISO_8601_EXTENDED, value) || matchesWithValidFields(ISO_8601_BASIC, value);
    }

    /** A short description of the expected format, for messages. */
    static String expectedFormat(XapiVersion version) {
        return version == XapiVersion.V2_0_0
                ? "an RFC 3339 timestamp with a time zone, such as 2024-05-17T08:30:00.123+07:00"
                : "an ISO 8601 timestamp, such as 2024-05-17T08:30:00.123+07:00 (time zone recommended)";
    }

    /**
     * Groups of all three patterns: 1 year, 2 month, 3 day, 4 hour, 5 minute, 6 second, 7 zone, 8 offset hours,
     * 9 offset minutes; optional groups may be null.
     */
    private static boolean matchesWithValidFields(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
        } catch (DateTimeException e) {
            return false;
        }
        int minute = m.group(5) == null ? 0 : number(m, 5);
        int second = m.group(6) == null ? 0 : number(m, 6);
        boolean timeValid = number(m, 4) <= 23 && minute <= 59 && (second <= 59 || (second == 60 && minute == 59));
        return timeValid && isValidZone(m);
    }

    private static boolean isValidZone(Matcher m) {
        String zone = m.group(7);
        if (zone == null || zone.equalsIgnoreCase("Z")) {
            return true;
        }
        int hours = number(m, 8);
        int minutes = m.group(9) == null ? 0 : number(m, 9);
        boolean unknownLocalOffset = zone.charAt(0) == '-' && hours == 0 && minutes == 0;
        return hours <= 23 && minutes <= 59 && !unknownLocalOffset;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
