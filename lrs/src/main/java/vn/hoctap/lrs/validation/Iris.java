package vn.hoctap.lrs.validation;

/**
 * The identifier formats of xAPI: absolute IRIs (RFC 3987), absolute URIs (RFC 3986) and {@code mailto:} IRIs.
 *
 * <p>xAPI requires an IRI (verb ids, activity ids and types, extension keys, attachment usage types) or an IRL
 * (a resolvable IRI: {@code moreInfo}, {@code homePage}, {@code fileUrl}) in many places and says "the LRS MUST
 * reject Statements containing IRL or IRI values without a scheme". This class checks the full RFC 3987 syntax of
 * an <em>absolute</em> IRI: a scheme ({@code letter *(letter / digit / + / - / .)}), a colon and a non-empty rest
 * made of the characters RFC 3987 allows in the hierarchical part, query and fragment, with well-formed
 * percent-encodings and, when there is an authority ({@code //host}), a well-formed user info, host and port.
 * IRLs are checked with the same syntax: whether they resolve is not the LRS's concern. Relative references
 * ({@code /path}, {@code example.org}), spaces, {@code <>"{}|\^`} and backslashes are rejected.
 */
public final class Iris {

    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String EMAIL_SPECIALS = "!#$&'*+-/=^_`{|}~";

    private Iris() {
    }

    /**
     * Whether {@code value} is an absolute IRI such as {@code https://example.org/xapi/verbs/đã-học},
     * {@code urn:uuid:3f0e5d1c-8b7a-4c2e-9d6f-0a1b2c3d4e5f} or {@code tag:example.org,2024:x}; false for null.
     * Nothing but the scheme and colon is not enough: {@code https:} is rejected.
     */
    public static boolean isAbsoluteIri(String value) {
        if (value == null) {
            return false;
        }
        int colon = value.indexOf(':');
        if (colon < 1 || !isScheme(value.substring(0, colon)) || colon == value.length() - 1) {
            return false;
        }
        String rest = value.substring(colon + 1);
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = null;
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        return isHierarchicalPart(rest)
                && (query == null || isMadeOf(query, true, "/?"))
                && (fragment == null || isMadeOf(fragment, false, "/?"));
    }

    /**
     * Whether {@code value} is an absolute URI: an absolute IRI made only of ASCII characters (non-ASCII
     * characters percent-encoded), as required for an Agent's {@code openid}; false for null.
     */
    public static boolean isAbsoluteUri(String value) {
        return value != null && value.chars().allMatch(c -> c < 0x80) && isAbsoluteIri(value);
    }

    /**
     * Whether {@code value} is a {@code mailto:} IRI naming exactly one mailbox, such as
     * {@code mailto:lan@example.org}, as required for an Agent's or Group's {@code mbox}; false for null.
     *
     * <p>The scheme must be written {@code mailto:} in lower case. The address is {@code local@domain}: the local
     * part made of letters, digits, non-ASCII letters, percent-encodings and {@code .!#$&'*+-/=^_`{|}~} (no leading,
     * trailing or doubled dot); the domain made of one or more dot-separated labels of letters, digits, non-ASCII
     * letters and inner hyphens. Header fields ({@code ?subject=}), several addresses and quoted local parts are
     * rejected.
     */
    public static boolean isMailtoIri(String value) {
        if (value == null || !value.startsWith("mailto:")) {
            return false;
        }
        String address = value.substring("mailto:".length());
        int at = address.indexOf('@');
        if (at < 1 || at != address.lastIndexOf('@')) {
            return false;
        }
        return isEmailLocalPart(address.substring(0, at)) && isDomain(address.substring(at + 1));
    }

    private static boolean isScheme(String scheme) {
        if (!isAsciiLetter(scheme.charAt(0))) {
            return false;
        }
        return scheme.chars().allMatch(c -> isAsciiLetter(c) || isAsciiDigit(c) || c == '+' || c == '-' || c == '.');
    }

    private static boolean isHierarchicalPart(String part) {
        if (!part.startsWith("//")) {
            return isMadeOf(part, false, "/");
        }
        int pathStart = part.indexOf('/', 2);
        String authority = pathStart < 0 ? part.substring(2) : part.substring(2, pathStart);
        String path = pathStart < 0 ? "" : part.substring(pathStart);
        return isAuthority(authority) && isMadeOf(path, false, "/");
    }

    private static boolean isAuthority(String authority) {
        String hostAndPort = authority;
        int at = authority.indexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            hostAndPort = authority.substring(at + 1);
            if (!isMadeOfUnreservedSubDelims(userInfo, ":")) {
                return false;
            }
        }
        String host = hostAndPort;
        String port = "";
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = hostAndPort.substring(0, close + 1);
            String afterHost = hostAndPort.substring(close + 1);
            if (!afterHost.isEmpty()) {
                if (afterHost.charAt(0) != ':') {
                    return false;
                }
                port = afterHost.substring(1);
            }
            if (!isIpLiteral(host)) {
                return false;
            }
        } else {
            int colon = hostAndPort.lastIndexOf(':');
            if (colon >= 0) {
                host = hostAndPort.substring(0, colon);
                port = hostAndPort.substring(colon + 1);
            }
            if (!isMadeOfUnreservedSubDelims(host, "")) {
                return false;
            }
        }
        return port.chars().allMatch(Iris::isAsciiDigit);
    }

    /** {@code [IPv6address]} or {@code [vX.future]}, checked for its characters only. */
    private static boolean isIpLiteral(String literal) {
        String inner = literal.substring(1, literal.length() - 1);
        if (inner.isEmpty()) {
            return false;
        }
        if (inner.charAt(0) == 'v' || inner.charAt(0) == 'V') {
            int dot = inner.indexOf('.');
            return dot > 1 && inner.substring(1, dot).chars().allMatch(c -> Uuids.isHexDigit((char) c))
                    && dot < inner.length() - 1
                    && inner.substring(dot + 1).chars().allMatch(c -> isUnreservedAscii(c)
                            || SUB_DELIMS.indexOf(c) >= 0 || c == ':');
        }
        return inner.contains(":") && inner.chars().allMatch(c -> Uuids.isHexDigit((char) c) || c == ':' || c == '.');
    }

    /** iunreserved / pct-encoded / sub-delims / {@code extra} characters. */
    private static boolean isMadeOfUnreservedSubDelims(String text, String extra) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '%') {
                if (!isPercentEncoding(text, i)) {
                    return false;
                }
                i += 3;
                continue;
            }
            if (!(isIunreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || extra.indexOf(c) >= 0)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** ipchar (iunreserved / pct-encoded / sub-delims / ":" / "@"), {@code extra}, and iprivate if allowed. */
    private static boolean isMadeOf(String text, boolean privateUseAllowed, String extra) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '%') {
                if (!isPercentEncoding(text, i)) {
                    return false;
                }
                i += 3;
                continue;
            }
            boolean allowed = isIunreserved(c) || SUB_DELIMS.indexOf(c) >= 0 || c == ':' || c == '@'
                    || extra.indexOf(c) >= 0 || (privateUseAllowed && isIprivate(c));
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isPercentEncoding(String text, int percent) {
        return percent + 2 < text.length()
                && Uuids.isHexDigit(text.charAt(percent + 1)) && Uuids.isHexDigit(text.charAt(percent + 2));
    }

    private static boolean isIunreserved(int c) {
        return isUnreservedAscii(c) || isUcschar(c);
    }

    private static boolean isUnreservedAscii(int c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** RFC 3987 ucschar: the non-ASCII characters allowed unencoded in an IRI. */
    private static boolean isUcschar(int c) {
        if (c >= 0xA0 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFEF) {
            return true;
        }
        if (c < 0x10000 || c > 0xEFFFD) {
            return false;
        }
        int inPlane = c & 0xFFFF;
        return c < 0xE0000 ? inPlane <= 0xFFFD : c >= 0xE1000;
    }

    private static boolean isIprivate(int c) {
        return c >= 0xE000 && c <= 0xF8FF || c >= 0xF0000 && c <= 0xFFFFD || c >= 0x100000 && c <= 0x10FFFD;
    }

    private static boolean isEmailLocalPart(String local) {
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); ) {
            int c = local.codePointAt(i);
            if (c == '%') {
                if (!isPercentEncoding(local, i)) {
                    return false;
                }
                i += 3;
                continue;
            }
            if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == '.' || EMAIL_SPECIALS.indexOf(c) >= 0
                    || isUcschar(c))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isDomain(String domain) {
        if (domain.isEmpty()) {
            return false;
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            if (!label.codePoints().allMatch(c -> isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || isUcschar(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
