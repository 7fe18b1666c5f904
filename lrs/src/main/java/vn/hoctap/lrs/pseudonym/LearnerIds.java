package vn.hoctap.lrs.pseudonym;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.hoctap.core.error.ApiError.Violation;

/**
 * What the app may send as a learner's account id: its own opaque id (a UUID, a database key...), 1 to 128
 * printable characters. An id that looks like personal data is refused rather than hashed: a phone number or a
 * national ID number (9 to 12 digits, optionally with a leading +, separators ignored) or an e-mail address. Those
 * come from small, guessable sets, so even their keyed hash would leak them to anyone holding the key.
 */
public final class LearnerIds {

    /** The longest id accepted. */
    public static final int MAX_LENGTH = 128;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");
    private static final Pattern PHONE_OR_NATIONAL_ID = Pattern.compile("\\+?\\d{9,12}");

    private LearnerIds() {
    }

    /**
     * The problems of {@code learnerId}, reported at {@code path}; empty when it may be used.
     *
     * @param path      where the id was in the request, e.g. {@code learner}
     * @param learnerId the id as sent (may be null)
     */
    public static List<Violation> check(String path, String learnerId) {
        List<Violation> violations = new ArrayList<>();
        if (learnerId == null || learnerId.isBlank()) {
            violations.add(new Violation(path, "is required: the app's own account id of the learner"));
            return violations;
        }
        if (learnerId.length() > MAX_LENGTH) {
            violations.add(new Violation(path, "must have at most " + MAX_LENGTH + " characters"));
        }
        if (learnerId.codePoints().anyMatch(Character::isISOControl) || !learnerId.equals(learnerId.strip())) {
            violations.add(new Violation(path, "must be printable characters without surrounding white space"));
        }
        if (PHONE_OR_NATIONAL_ID.matcher(SEPARATORS.matcher(learnerId).replaceAll("")).matches()) {
            violations.add(new Violation(path, "looks like a phone number or a national ID number: send the app's"
                    + " own opaque account id of the learner, never personal data"));
        } else if (learnerId.contains("@")) {
            violations.add(new Violation(path, "looks like an e-mail address: send the app's own opaque account id"
                    + " of the learner, never personal data"));
        }
        return violations;
    }
}
