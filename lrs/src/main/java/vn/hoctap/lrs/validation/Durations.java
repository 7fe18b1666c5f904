package vn.hoctap.lrs.validation;

/**
 * The xAPI Duration format ({@code result.duration}): ISO 8601:2004 section 4.4.3.2, the format with designators.
 *
 * <p>Accepted: {@code P} followed either by weeks alone ({@code P4W}) or by years, months and days in this order
 * and, after {@code T}, hours, minutes and seconds in this order, each given as digits and its designator, each
 * optional but at least one present, and at least one after {@code T}: {@code PT1H0M0.1S}, {@code PT16559.14S},
 * {@code P3Y1M29DT4H35M59.14S}, {@code P3Y}, {@code P1DT12H}. Only the last component may have a decimal fraction
 * ({@code .} or {@code ,}, at least one digit on each side). Rejected: the alternative format
 * ({@code P0003-01-29T04:35:59}, forbidden by xAPI), weeks combined with other components ({@code P4W1D}), negative
 * durations, lower-case designators and anything else.
 */
public final class Durations {

    private static final String DATE_DESIGNATORS = "YMD";
    private static final String TIME_DESIGNATORS = "HMS";

    private Durations() {
    }

    /** Whether {@code value} is a Duration as described above; false for null. */
    public static boolean isValid(String value) {
        if (value == null || value.length() < 3 || value.charAt(0) != 'P') {
            return false;
        }
        if (value.endsWith("W")) {
            return isNumber(value, 1, value.length() - 1);
        }
        int t = value.indexOf('T');
        String datePart = t < 0 ? value.substring(1) : value.substring(1, t);
        String timePart = t < 0 ? null : value.substring(t + 1);
        if (timePart != null && timePart.isEmpty()) {
            return false;
        }
        boolean dateIsLast = timePart == null;
        return isComponents(datePart, DATE_DESIGNATORS, dateIsLast)
                && (timePart == null || isComponents(timePart, TIME_DESIGNATORS, true));
    }

    /**
     * Whether {@code part} is a sequence of number+designator pairs with designators in the order of
     * {@code designators}; a fraction is only allowed on the last pair of the whole duration.
     */
    private static boolean isComponents(String part, String designators, boolean containsLastComponent) {
        int next = 0;
        int start = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLetter(c)) {
                int order = designators.indexOf(c);
                if (order < next || !isNumber(part, start, i)) {
                    return false;
                }
                boolean last = i == part.length() - 1;
                if (hasFraction(part, start, i) && !(last && containsLastComponent)) {
                    return false;
                }
                next = order + 1;
                start = i + 1;
            }
        }
        return start == part.length();
    }

    /** digits, or digits [.,] digits, between {@code from} (inclusive) and {@code to} (exclusive). */
    private static boolean isNumber(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        int separator = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ',') {
                if (separator >= 0 || i == from || i == to - 1) {
                    return false;
                }
                separator = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasFraction(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '.' || s.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }
}
