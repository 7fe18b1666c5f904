package vn.hoctap.core.storage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies time-limited URLs for paths served by the application, such as
 * {@code /storage/<key>} for the {@link FileSystemObjectStore}.
 *
 * <p>A signed URL is {@code <path>?expires=<epochSeconds>&signature=<signature>}, where the signature is the
 * HMAC-SHA256 of {@code <path> + "\n" + <epochSeconds>} under the secret, encoded as unpadded base64url. The URL
 * is valid while the clock is before {@code expires}. The server that receives such a request calls
 * {@link #verify(String, long, String)} with the request path and the two query parameters.
 *
 * <p>All instances sharing a secret accept each other's URLs, so every node of a cluster must be configured with
 * the same secret. Thread-safe.
 */
public final class SignedUrlSigner {

    /** Query parameter carrying the expiry, in seconds since the epoch. */
    public static final String EXPIRES_PARAMETER = "expires";

    /** Query parameter carrying the signature. */
    public static final String SIGNATURE_PARAMETER = "signature";

    /** Minimum secret length in bytes (the HMAC-SHA256 output size). */
    public static final int MIN_SECRET_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final Clock clock;

    /**
     * @param secret at least {@value #MIN_SECRET_LENGTH} bytes; copied, so the caller may wipe its array
     * @param clock  the time source for expiry (inject a fixed clock in tests)
     */
    public SignedUrlSigner(byte[] secret, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the URL signing secret must be at least " + MIN_SECRET_LENGTH
                    + " bytes long, is " + secret.length);
        }
        this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new random secret of {@value #MIN_SECRET_LENGTH} bytes from a {@link SecureRandom}. */
    public static byte[] generateSecret() {
        byte[] secret = new byte[MIN_SECRET_LENGTH];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /**
     * A root-relative URL for {@code path}, valid for {@code ttl} from now.
     *
     * @param path an absolute path such as {@code /storage/a/b.mp4}: starts with {@code /}, printable ASCII
     *             without spaces, {@code ?} or {@code #} (percent-encode anything else beforehand)
     * @param ttl  a positive duration
     */
    public URI sign(String path, Duration ttl) {
        requireSignablePath(path);
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, is " + ttl);
        }
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return URI.create(path + "?" + EXPIRES_PARAMETER + "=" + expires
                + "&" + SIGNATURE_PARAMETER + "=" + signature(path, expires));
    }

    /**
     * Whether a request for {@code path} carrying these query parameters was signed with this secret and has not
     * expired. Compares signatures in constant time. Never throws for malformed input: returns {@code false}.
     *
     * @param path              the request path, exactly as signed
     * @param expiresEpochSeconds value of the {@value #EXPIRES_PARAMETER} parameter
     * @param signature         value of the {@value #SIGNATURE_PARAMETER} parameter
     */
    public boolean verify(String path, long expiresEpochSeconds, String signature) {
        if (path == null || signature == null || !isSignablePath(path)) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = mac(path, expiresEpochSeconds);
        boolean authentic = MessageDigest.isEqual(expected, presented);
        boolean current = clock.instant().isBefore(Instant.ofEpochSecond(expiresEpochSeconds));
        return authentic && current;
    }

    private String signature(String path, long expires) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(path, expires));
    }

    private byte[] mac(String path, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    private static void requireSignablePath(String path) {
        if (!isSignablePath(path)) {
            throw new IllegalArgumentException("cannot sign path '" + path
                    + "': it must start with '/' and contain only printable ASCII without spaces, '?' or '#'");
        }
    }

    private static boolean isSignablePath(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '?' || c == '#') {
                return false;
            }
        }
        return true;
    }
}
