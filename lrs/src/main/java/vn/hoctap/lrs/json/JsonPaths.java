package vn.hoctap.lrs.json;

import java.util.Objects;

/**
 * Builds the JSON paths that name a place in a request: {@code $} for the whole document,
 * {@code $.actor.mbox} for a property, {@code $.context.contextActivities.parent[0]} for an array element and
 * {@code $.result.extensions['https://example.org/x']} for a property whose name is not a simple identifier.
 *
 * <p>A name is written after a dot when it is made only of ASCII letters, digits and {@code _} and does not start
 * with a digit; any other name is written in brackets and single quotes, with {@code \} and {@code '} escaped by a
 * backslash and control characters written as {@code \}{@code uXXXX}, so that a path never contains a raw line
 * break taken from a request.
 */
public final class JsonPaths {

    /** The path of the whole document. */
    public static final String ROOT = "$";

    private JsonPaths() {
    }

    /**
     * The path of property {@code name} of the object at {@code parent}.
     *
     * @param parent the object's path, such as {@code $} or {@code $.actor}; any non-null prefix (for example a
     *               query parameter name such as {@code agent}) is accepted
     * @param name   the property name, exactly as in the JSON text
     * @return for example {@code $.actor.mbox} or {@code $.verb.display['en-US']}
     */
    public static String property(String parent, String name) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(name, "name");
        if (isIdentifier(name)) {
            return parent + "." + name;
        }
        StringBuilder path = new StringBuilder(parent.length() + name.length() + 4).append(parent).append("['");
        name.chars().forEach(c -> appendEscaped(path, (char) c));
        return path.append("']").toString();
    }

    /**
     * The path of element {@code index} of the array at {@code parent}.
     *
     * @param parent the array's path
     * @param index  the zero-based index, never negative
     * @return for example {@code $[3]} or {@code $.actor.member[0]}
     */
    public static String index(String parent, int index) {
        Objects.requireNonNull(parent, "parent");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return parent + "[" + index + "]";
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || isAsciiDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static void appendEscaped(StringBuilder path, char c) {
        if (c == '\\' || c == '\'') {
            path.append('\\').append(c);
        } else if (c < 0x20 || c == 0x7f) {
            path.append(String.format("\\u%04x", (int) c));
        } else {
            path.append(c);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
