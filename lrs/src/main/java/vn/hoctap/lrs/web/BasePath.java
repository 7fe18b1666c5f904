package vn.hoctap.lrs.web;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The path the LRS is served under (setting {@code hoctap.lrs.base-path}, default {@value #INTERNAL}), such as
 * {@code /lrs} or {@code /learning/xapi}. The xAPI resources are declared under {@value #INTERNAL}; a request under
 * another configured base path is forwarded there ({@link XapiBasePath}), and {@value #INTERNAL} itself is then no
 * longer served, so clients see one LRS address. {@code more} links are built from it.
 */
public final class BasePath {

    /** Where the xAPI resources are declared, and the default base path. */
    public static final String INTERNAL = "/xapi";

    private static final Pattern SEGMENTS = Pattern.compile("(/[A-Za-z0-9._~-]+)+");
    /** First segments of the platform's other endpoints. */
    private static final Set<String> TAKEN = Set.of("api", "openapi", "health", "metrics", "storage", "errors");

    private final String path;

    private BasePath(String path) {
        this.path = path;
    }

    /** The default, {@value #INTERNAL}. */
    public static BasePath standard() {
        return new BasePath(INTERNAL);
    }

    /**
     * Parses the setting: one or more path segments starting with {@code /}, a trailing {@code /} ignored.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static BasePath parse(String value) {
        String trimmed = value == null ? "" : value.strip();
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!SEGMENTS.matcher(trimmed).matches() || trimmed.contains("/./") || trimmed.endsWith("/.")
                || trimmed.contains("/../") || trimmed.endsWith("/..")) {
            throw new IllegalArgumentException("'" + value + "' is not a base path: write it like /xapi or /lrs/xapi"
                    + " (segments of letters, digits, . _ ~ -)");
        }
        String first = trimmed.substring(1).split("/")[0];
        if (TAKEN.contains(first)) {
            throw new IllegalArgumentException("'" + value + "' is under /" + first + ", which the platform serves"
                    + " itself: choose another base path such as /xapi or /lrs");
        }
        return new BasePath(trimmed);
    }

    /** The base path, e.g. {@code /xapi}: no trailing slash. */
    public String path() {
        return path;
    }

    /** Whether it is {@value #INTERNAL} (nothing to forward). */
    public boolean isInternal() {
        return path.equals(INTERNAL);
    }

    /**
     * The internal path of a request path under this base path ({@code /lrs/statements} → {@code /xapi/statements}),
     * or empty when the path is not under it.
     */
    public Optional<String> internalPath(String requestPath) {
        if (requestPath.equals(path)) {
            return Optional.of(INTERNAL);
        }
        if (requestPath.startsWith(path + "/")) {
            return Optional.of(INTERNAL + requestPath.substring(path.length()));
        }
        return Optional.empty();
    }

    /** Whether a request path addresses the internal location directly ({@value #INTERNAL} or below it). */
    public static boolean isUnderInternal(String requestPath) {
        return requestPath.equals(INTERNAL) || requestPath.startsWith(INTERNAL + "/");
    }
}
