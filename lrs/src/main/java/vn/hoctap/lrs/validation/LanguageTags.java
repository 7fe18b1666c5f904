package vn.hoctap.lrs.validation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * RFC 5646 language tags, as used for the keys of xAPI language maps and for {@code context.language}:
 * {@code vi}, {@code km-KH}, {@code en-US}, {@code zh-Hant-TW}, {@code sr-Latn-RS}, {@code es-419}, {@code cmn},
 * {@code de-CH-1996}, {@code en-a-bbb-x-ccc}, {@code x-private}, {@code i-klingon}.
 *
 * <p>A tag is accepted when it is ASCII and <em>well-formed</em> by the RFC 5646 grammar (letters and digits only,
 * case-insensitive, subtags of the right lengths in the right order), uses no extension singleton twice and no
 * variant twice (RFC 5646 section 2.2.9 "valid" checks that need no registry), or is one of the grandfathered
 * tags. The IANA registry itself is not consulted, so a well-formed tag made of unassigned subtags (such as
 * {@code qq-QQ}) is accepted. Primary language subtags of 4 to 8 letters are rejected: the grammar reserves them,
 * but none are registered, so no valid tag has one (this is what makes {@code invalid} or {@code something}
 * invalid, as the ADL conformance suite expects).
 */
public final class LanguageTags {

    private static final Set<String> GRANDFATHERED = Set.of(
            "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
            "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
            "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan",
            "zh-xiang");

    private LanguageTags() {
    }

    /** Whether {@code tag} is a valid language tag as described above; false for null and {@code ""}. */
    public static boolean isValid(String tag) {
        if (tag == null || tag.isEmpty() || !tag.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        String lower = tag.toLowerCase(Locale.ROOT);
        if (GRANDFATHERED.contains(lower)) {
            return true;
        }
        String[] subtags = lower.split("-", -1);
        for (String subtag : subtags) {
            if (subtag.isEmpty() || subtag.length() > 8 || !isAlphanumeric(subtag)) {
                return false;
            }
        }
        if (subtags[0].equals("x")) {
            return isPrivateUse(subtags, 0);
        }
        return isLangtag(subtags);
    }

    private static boolean isLangtag(String[] subtags) {
        int n = subtags.length;
        String language = subtags[0];
        if (!isAlpha(language) || language.length() < 2 || language.length() > 3) {
            return false;
        }
        int i = 1;
        for (int extlangs = 0; i < n && extlangs < 3 && isAlpha(subtags[i]) && subtags[i].length() == 3; extlangs++) {
            i++;
        }
        if (i < n && subtags[i].length() == 4 && isAlpha(subtags[i])) {
            i++; // script
        }
        if (i < n && isRegion(subtags[i])) {
            i++;
        }
        Set<String> variants = new HashSet<>();
        while (i < n && isVariant(subtags[i])) {
            if (!variants.add(subtags[i])) {
                return false;
            }
            i++;
        }
        Set<String> singletons = new HashSet<>();
        while (i < n && subtags[i].length() == 1 && !subtags[i].equals("x")) {
            if (!singletons.add(subtags[i])) {
                return false;
            }
            i++;
            int extensionSubtags = 0;
            while (i < n && subtags[i].length() >= 2) {
                i++;
                extensionSubtags++;
            }
            if (extensionSubtags == 0) {
                return false;
            }
        }
        if (i < n && subtags[i].equals("x")) {
            return isPrivateUse(subtags, i);
        }
        return i == n;
    }

    /** {@code x} followed by at least one subtag of 1 to 8 letters or digits (lengths already checked). */
    private static boolean isPrivateUse(String[] subtags, int x) {
        return x + 1 < subtags.length;
    }

    private static boolean isRegion(String subtag) {
        return (subtag.length() == 2 && isAlpha(subtag)) || (subtag.length() == 3 && isDigits(subtag));
    }

    private static boolean isVariant(String subtag) {
        return subtag.length() >= 5 || (subtag.length() == 4 && Character.isDigit(subtag.charAt(0)));
    }

    private static boolean isAlphanumeric(String s) {
        return s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    }

    private static boolean isAlpha(String s) {
        return s.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
