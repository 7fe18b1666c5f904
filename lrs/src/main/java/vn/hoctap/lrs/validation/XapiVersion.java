package vn.hoctap.lrs.validation;

import java.util.Optional;

/**
 * The xAPI versions this LRS speaks, chosen by a request's {@code X-Experience-API-Version} header.
 *
 * <p>The version decides the few rules that differ: under {@link #V2_0_0} timestamps must follow RFC 3339,
 * Statements may carry {@code context.contextAgents} and {@code context.contextGroups}, and a Statement's
 * {@code version} property may also be {@code 2.0.x}.
 */
public enum XapiVersion {

    /** xAPI 1.0.0 to 1.0.3 (patch versions are interchangeable); the LRS answers as 1.0.3. */
    V1_0_x("1.0.3"),

    /** xAPI 2.0.0 (IEEE 9274.1.1-2023). */
    V2_0_0("2.0.0");

    private final String headerValue;

    XapiVersion(String headerValue) {
        this.headerValue = headerValue;
    }

    /**
     * The version a request asks for.
     *
     * <p>Accepted, exactly: {@code 1.0}, {@code 1.0.0}, {@code 1.0.1}, {@code 1.0.2}, {@code 1.0.3} (all
     * {@link #V1_0_x}), {@code 2.0} and {@code 2.0.0} ({@link #V2_0_0}). Spaces and tabs around the value are
     * ignored (HTTP's optional white space); anything else, including {@code null}, other patch versions such as
     * {@code 1.0.4}, and {@code 0.95}, is not supported.
     *
     * @param headerValue the value of {@code X-Experience-API-Version}, may be null
     * @return the version, or empty when the value names no supported version (the caller answers 400)
     */
    public static Optional<XapiVersion> parse(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        return switch (headerValue.strip()) {
            case "1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3" -> Optional.of(V1_0_x);
            case "2.0", "2.0.0" -> Optional.of(V2_0_0);
            default -> Optional.empty();
        };
    }

    /** What the LRS sends back in {@code X-Experience-API-Version}: {@code 1.0.3} or {@code 2.0.0}. */
    public String headerValue() {
        return headerValue;
    }
}
