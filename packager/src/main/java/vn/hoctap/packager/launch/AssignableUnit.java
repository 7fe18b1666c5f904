package vn.hoctap.packager.launch;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One AU of a course structure.
 *
 * @param index            its position among the course's AUs (0-based, document order)
 * @param publisherId      the AU id of the course structure
 * @param title            the first title langstring
 * @param url              the AU url: absolute, or relative to the package root
 * @param blockIndex       the innermost block the AU sits in, if any
 * @param launchParameters the launchParameters text, if any
 * @param entitlementKey   the entitlementKey text, if any
 * @param activityType     the activityType attribute, if any
 */
public record AssignableUnit(int index, String publisherId, String title, String url, LaunchMethod launchMethod,
        MoveOn moveOn, Optional<BigDecimal> masteryScore, Optional<String> launchParameters,
        Optional<String> entitlementKey, Optional<String> activityType, Optional<Integer> blockIndex) {

    /** Whether the url is relative (the AU's files are in the package). */
    public boolean relativeUrl() {
        return !url.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }
}
